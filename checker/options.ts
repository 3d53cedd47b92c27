/**
 * Command-line options of flexjob-contract-check, in one table (OPTIONS): each flag's value
 * placeholder, help text, default and parser. A bad value is reported as a UsageError (exit 2)
 * stating the flag, the rule and the value; --help is written from the same table.
 */
import { parseArgs } from "node:util";
import { isCaseElementIdentifier, type CaseOperationId } from "../generated/contract";
import { CHECK_GROUPS, type CheckGroup } from "./context";
import { describePrescribed, prescribed } from "./expect-response";

export interface CheckOptions {
  baseUrl: string;
  /** activeOrganisationHeader.organisationCode of every request: the caller's CVR. */
  organisation: string;
  /** Cases GetFlexjob answers with 200 for `organisation`. */
  offerCases: string[];
  /** Cases GetFlexjobAllocation answers with 200 for `organisation`. */
  allocationCases: string[];
  /** A case that no operation knows (case-not-found). */
  missingCase: string;
  /** A case GetFlexjob answers with not-authorized for `organisation`; undefined: not checked. */
  forbiddenCase?: string;
  /** A case whose grant status is Ukendt (grant-status-unknown); undefined: not checked. */
  conflictCase?: string;
  seed: number;
  /** Generated cases per negative check. */
  runs: number;
  timeoutMs: number;
  junit?: string;
  json: boolean;
  /** The client certificate to present (mutual TLS, as STAR requires), and the CAs to trust. */
  tls?: TlsFiles;
  /** A reference server's admin listener: the 403/409 checks then use cases put there (admin-cases.ts). */
  adminUrl?: string;
  /** --only: the groups that run, every other check skipped; never given with `skipGroups`. */
  onlyGroups?: CheckGroup[];
  /** --skip: the groups skipped. */
  skipGroups?: CheckGroup[];
}

/** Files named on the command line; read and tried by fetchFor (tls.ts) when the run starts. */
export interface TlsFiles {
  /** PEM certificate (chain), with `keyFile`. */
  certFile?: string;
  keyFile?: string;
  /** PKCS#12 (.p12/.pfx) holding certificate and key, as FOCES certificates are issued. */
  pfxFile?: string;
  /** PEM CA certificates to trust instead of Node's default list. */
  caFile?: string;
  /** Of `keyFile` or `pfxFile`, from the environment (never a flag, which `ps` would show). */
  passphrase?: string;
}

/** The environment variable holding the passphrase of --key or --pfx. */
export const PASSPHRASE_ENV = "FLEXJOB_CHECK_PASSPHRASE";

/** The sandbox table of the reference server. */
export const CHECK_DEFAULTS = {
  organisation: "12345674",
  offerCases: ["11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"],
  allocationCases: ["33333333-3333-4333-8333-333333333333", "44444444-4444-4444-8444-444444444444"],
  missingCase: "99999999-9999-4999-8999-999999999999",
  forbiddenCase: "66666666-6666-4666-8666-666666666666",
  conflictCase: "55555555-5555-4555-8555-555555555555",
  runs: 25,
  timeoutMs: 10_000,
} as const;

/** The option listing the 200 cases of each operation that reads a case. */
export const CASE_OPTIONS = {
  GetFlexjob: "offerCases",
  GetFlexjobAllocation: "allocationCases",
} as const satisfies Record<CaseOperationId, keyof CheckOptions>;

export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Either a text to print and exit 0 (--help, --version), or the options to check with. */
export type ParsedCommand = { print: "help" | "version" } | { print?: undefined; options: CheckOptions };

/** Option values the table's parsers fill in; the TLS files are read from their flags together. */
type Parsed = Omit<CheckOptions, "tls">;

/** One flag: its value's placeholder (none: a switch), its help lines, and what it sets from what text. */
interface Flag {
  flag: string;
  value?: string;
  multiple?: true;
  short?: string;
  help: readonly string[];
  /** The option it sets; none for --help and the TLS flags. */
  key?: keyof Parsed;
  /** The text used when the flag is not given (a list for repeatable flags). */
  fallback?: (randomSeed: () => number) => string | readonly string[] | undefined;
  /** The value from the flag's text; throws a UsageError stating the rule. */
  parse?: (text: never, flag: string) => Parsed[keyof Parsed] | undefined;
}

const caseAnswer = (kind: Parameters<typeof prescribed>[0]): string => describePrescribed(prescribed(kind));
const caseList = (text: readonly string[], flag: string): string[] => text.map((c) => caseId(c, flag));
const integerFrom =
  (min: number, max: number) =>
  (text: string, flag: string): number =>
    integer(flag, text, min, max);

/** Every flag, in --help order. */
export const OPTIONS: readonly Flag[] = [
  {
    flag: "base-url",
    value: "URL",
    help: ["the service's base URL, e.g. http://127.0.0.1:8080 (required)"],
    key: "baseUrl",
    parse: baseUrl,
  },
  {
    flag: "organisation",
    value: "CVR",
    help: [`activeOrganisationHeader.organisationCode of every request (default ${CHECK_DEFAULTS.organisation})`],
    key: "organisation",
    fallback: () => CHECK_DEFAULTS.organisation,
    parse: organisation,
  },
  {
    flag: "offer-case",
    value: "UUID",
    multiple: true,
    help: ["a case GetFlexjob answers with 200; repeatable", `(default ${CHECK_DEFAULTS.offerCases.join(", ")})`],
    key: "offerCases",
    fallback: () => CHECK_DEFAULTS.offerCases,
    parse: caseList,
  },
  {
    flag: "allocation-case",
    value: "UUID",
    multiple: true,
    help: [
      "a case GetFlexjobAllocation answers with 200; repeatable",
      `(default ${CHECK_DEFAULTS.allocationCases.join(", ")})`,
    ],
    key: "allocationCases",
    fallback: () => CHECK_DEFAULTS.allocationCases,
    parse: caseList,
  },
  {
    flag: "missing-case",
    value: "UUID",
    help: [`a case no operation knows: ${caseAnswer("case-not-found")} (default ${CHECK_DEFAULTS.missingCase})`],
    key: "missingCase",
    fallback: () => CHECK_DEFAULTS.missingCase,
    parse: caseId,
  },
  {
    flag: "forbidden-case",
    value: "UUID",
    help: [
      `a case --organisation may not read: GetFlexjob answers ${caseAnswer("not-authorized")}`,
      `(default ${CHECK_DEFAULTS.forbiddenCase}; none: not checked)`,
    ],
    key: "forbiddenCase",
    fallback: () => CHECK_DEFAULTS.forbiddenCase,
    parse: optionalCaseId,
  },
  {
    flag: "conflict-case",
    value: "UUID",
    help: [
      "a case whose grant status is Ukendt: every operation that reads a case",
      `answers ${caseAnswer("grant-status-unknown")} (default ${CHECK_DEFAULTS.conflictCase}; none: not checked)`,
    ],
    key: "conflictCase",
    fallback: () => CHECK_DEFAULTS.conflictCase,
    parse: optionalCaseId,
  },
  {
    flag: "seed",
    value: "N",
    help: ["seed of the generated negative cases (default: random, printed)"],
    key: "seed",
    fallback: (randomSeed) => String(randomSeed()),
    parse: integerFrom(-(2 ** 31), 2 ** 31 - 1),
  },
  {
    flag: "runs",
    value: "N",
    help: [`generated cases per negative check (default ${CHECK_DEFAULTS.runs})`],
    key: "runs",
    fallback: () => String(CHECK_DEFAULTS.runs),
    parse: integerFrom(1, 100_000),
  },
  {
    flag: "timeout-ms",
    value: "N",
    help: [`timeout of each request (default ${CHECK_DEFAULTS.timeoutMs})`],
    key: "timeoutMs",
    fallback: () => String(CHECK_DEFAULTS.timeoutMs),
    parse: integerFrom(1, 600_000),
  },
  { flag: "cert", value: "FILE", help: ["client certificate (PEM) for mutual TLS, as STAR requires, with --key"] },
  { flag: "key", value: "FILE", help: ["the client certificate's key (PEM)"] },
  {
    flag: "pfx",
    value: "FILE",
    help: [
      "client certificate and key as PKCS#12 (.p12), instead of --cert/--key",
      `(a passphrase of --key or --pfx is read from $${PASSPHRASE_ENV})`,
    ],
  },
  { flag: "ca", value: "FILE", help: ["trust these CA certificates (PEM) instead of Node's default list"] },
  {
    flag: "admin-url",
    value: "URL",
    help: [
      "the admin listener of a reference server (--admin-port): the 403 and 409",
      "checks then use cases the checker puts there and removes afterwards,",
      "instead of --forbidden-case and --conflict-case",
    ],
    key: "adminUrl",
    parse: (text: string, flag) => httpUrl(flag, text),
  },
  {
    flag: "only",
    value: "GROUPS",
    multiple: true,
    help: [
      "run only these check groups (comma-separated); the others are skipped.",
      `Groups: ${CHECK_GROUPS.join(", ")}`,
    ],
    key: "onlyGroups",
    parse: groupList,
  },
  {
    flag: "skip",
    value: "GROUPS",
    multiple: true,
    help: ["skip these check groups (comma-separated); not with --only"],
    key: "skipGroups",
    parse: groupList,
  },
  {
    flag: "junit",
    value: "FILE",
    help: ["also write the results as JUnit XML to FILE"],
    key: "junit",
    parse: (text: string, flag) => nonEmpty(flag, text),
  },
  { flag: "json", help: ["print the results as JSON on stdout (progress goes to stderr)"] },
  { flag: "help", short: "h", help: ["show this help"] },
  { flag: "version", help: ["show the version"] },
];

const PARSE_OPTIONS = Object.fromEntries(
  OPTIONS.map((o) => [
    o.flag,
    {
      type: o.value === undefined ? "boolean" : "string",
      ...(o.multiple ? { multiple: true } : {}),
      ...(o.short === undefined ? {} : { short: o.short }),
    },
  ]),
) as Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string }>;

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

export function parseCommand(
  argv: readonly string[],
  randomSeed: () => number = defaultSeed,
  env: Readonly<Record<string, string | undefined>> = process.env,
): ParsedCommand {
  const values = parseFlags(argv);
  if (values.help === true) return { print: "help" };
  if (values.version === true) return { print: "version" };
  if (values["base-url"] === undefined)
    throw new UsageError("--base-url is required, e.g. --base-url http://127.0.0.1:8080");
  if (values.only !== undefined && values.skip !== undefined)
    throw new UsageError("give either --only or --skip, not both");
  const parsed: Partial<Record<keyof Parsed, unknown>> = { json: values.json === true };
  for (const option of OPTIONS) {
    if (option.key === undefined || option.parse === undefined) continue;
    const text = values[option.flag] ?? option.fallback?.(randomSeed);
    const value =
      text === undefined ? undefined : (option.parse as (t: unknown, f: string) => unknown)(text, `--${option.flag}`);
    if (value !== undefined) parsed[option.key] = value;
  }
  // Every required key has a flag that is required or has a fallback; the parsers checked each value.
  const options = parsed as CheckOptions;
  const tls = tlsFiles(values, env[PASSPHRASE_ENV], options.baseUrl);
  if (tls !== undefined) options.tls = tls;
  return { options };
}

function parseFlags(argv: readonly string[]): Values {
  try {
    return parseArgs({ args: [...argv], options: PARSE_OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function tlsFiles(values: Values, passphrase: string | undefined, baseUrl: string): TlsFiles | undefined {
  const [cert, key, pfx, ca] = (["cert", "key", "pfx", "ca"] as const).map((f) => values[f] as string | undefined);
  if (cert === undefined && key === undefined && pfx === undefined && ca === undefined) return undefined;
  if (!baseUrl.startsWith("https:"))
    throw new UsageError(`--cert, --key, --pfx and --ca need an https --base-url; got ${JSON.stringify(baseUrl)}`);
  if ((cert === undefined) !== (key === undefined))
    throw new UsageError("--cert and --key go together: give both, or --pfx instead");
  if (pfx !== undefined && cert !== undefined) throw new UsageError("give either --pfx or --cert with --key, not both");
  const files: TlsFiles = {};
  if (cert !== undefined) files.certFile = nonEmpty("--cert", cert);
  if (key !== undefined) files.keyFile = nonEmpty("--key", key);
  if (pfx !== undefined) files.pfxFile = nonEmpty("--pfx", pfx);
  if (ca !== undefined) files.caFile = nonEmpty("--ca", ca);
  if (passphrase !== undefined && passphrase !== "") files.passphrase = passphrase;
  return files;
}

function defaultSeed(): number {
  return (Date.now() ^ (Math.random() * 2 ** 31)) | 0;
}

function baseUrl(value: string): string {
  return httpUrl("--base-url", value);
}

function httpUrl(flag: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${flag} must be an absolute http(s) URL; got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`${flag} must be an http or https URL; got ${JSON.stringify(value)}`);
  }
  if (url.search || url.hash)
    throw new UsageError(`${flag} must not carry a query or fragment; got ${JSON.stringify(value)}`);
  return url.href.replace(/\/+$/, "");
}

function organisation(value: string): string {
  if (value.length < 1 || value.length > 20) {
    throw new UsageError(`--organisation must be 1 to 20 characters (organisationCode); got ${JSON.stringify(value)}`);
  }
  return value;
}

function caseId(value: string, flag: string): string {
  if (!isCaseElementIdentifier(value)) throw new UsageError(`${flag} must be a uuid; got ${JSON.stringify(value)}`);
  return value;
}

/** A case id, or "none" for a check the user leaves out. */
function optionalCaseId(value: string, flag: string): string | undefined {
  if (value === "none") return undefined;
  if (!isCaseElementIdentifier(value))
    throw new UsageError(`${flag} must be a uuid or none; got ${JSON.stringify(value)}`);
  return value;
}

/** Check groups from comma-separated lists (the flag may be repeated); an unknown one lists the groups. */
function groupList(texts: readonly string[], flag: string): CheckGroup[] {
  const names = texts.flatMap((text) => text.split(",")).map((name) => name.trim());
  const known = CHECK_GROUPS as readonly string[];
  const unknown = names.filter((name) => !known.includes(name));
  if (names.length === 0 || unknown.length > 0) {
    const got = unknown.length > 0 ? unknown.map((n) => JSON.stringify(n)).join(", ") : '""';
    throw new UsageError(`${flag} takes check groups, comma-separated, from ${CHECK_GROUPS.join(", ")}; got ${got}`);
  }
  return CHECK_GROUPS.filter((group) => names.includes(group));
}

function integer(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}; got ${JSON.stringify(value)}`);
  }
  return n;
}

function nonEmpty(flag: string, value: string): string {
  if (value.trim() === "") throw new UsageError(`${flag} needs a file name`);
  return value;
}

function usageLines(o: Flag): string[] {
  const name = `${o.short === undefined ? "" : `-${o.short}, `}--${o.flag}${o.value === undefined ? "" : ` ${o.value}`}`;
  return o.help.map((line, i) => `  ${(i === 0 ? name : "").padEnd(25)}${line}`);
}

export const HELP = `Usage: flexjob-contract-check --base-url URL [options]

Checks a FlexjobService implementation at URL against spec/flexjob.yaml.

Options:
${OPTIONS.flatMap(usageLines).join("\n")}

Exit codes: 0 every check passed, 1 a check failed, 2 bad arguments or unreachable URL.
`;
