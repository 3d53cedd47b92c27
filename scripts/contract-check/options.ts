/**
 * Command-line options of flexjob-contract-check: defaults in one literal, every rule checked
 * here, a bad value reported as a UsageError (exit 2) stating the rule and the value.
 */
import { parseArgs } from "node:util";

export interface CheckOptions {
  baseUrl: string;
  /** activeOrganisationHeader.organisationCode of every request: the caller's CVR. */
  organisation: string;
  /** Cases GetFlexjob answers with 200 for `organisation`. */
  offerCases: string[];
  /** Cases GetFlexjobAllocation answers with 200 for `organisation`. */
  allocationCases: string[];
  /** A case that neither operation knows (404 / 80002). */
  missingCase: string;
  /** A case GetFlexjob answers with 403 / 4575 for `organisation`; undefined: not checked. */
  forbiddenCase?: string;
  /** A case whose grant status is Ukendt (409 / 80003); undefined: not checked. */
  conflictCase?: string;
  seed: number;
  /** Generated cases per negative check. */
  runs: number;
  timeoutMs: number;
  junit?: string;
  json: boolean;
  /** The client certificate to present (mutual TLS, as STAR requires), and the CAs to trust. */
  tls?: TlsFiles;
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

export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Either a text to print and exit 0 (--help, --version), or the options to check with. */
export type ParsedCommand = { print: "help" | "version" } | { print?: undefined; options: CheckOptions };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const FLAGS = {
  "base-url": { type: "string" },
  organisation: { type: "string" },
  "offer-case": { type: "string", multiple: true },
  "allocation-case": { type: "string", multiple: true },
  "missing-case": { type: "string" },
  "forbidden-case": { type: "string" },
  "conflict-case": { type: "string" },
  seed: { type: "string" },
  runs: { type: "string" },
  "timeout-ms": { type: "string" },
  cert: { type: "string" },
  key: { type: "string" },
  pfx: { type: "string" },
  ca: { type: "string" },
  junit: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

export function parseCommand(
  argv: readonly string[],
  randomSeed: () => number = defaultSeed,
  env: Readonly<Record<string, string | undefined>> = process.env,
): ParsedCommand {
  const { values } = parseFlags(argv);
  if (values.help) return { print: "help" };
  if (values.version) return { print: "version" };
  if (values["base-url"] === undefined)
    throw new UsageError("--base-url is required, e.g. --base-url http://127.0.0.1:8080");
  const options: CheckOptions = {
    baseUrl: baseUrl(values["base-url"]),
    organisation: organisation(values.organisation ?? CHECK_DEFAULTS.organisation),
    offerCases: (values["offer-case"] ?? CHECK_DEFAULTS.offerCases).map((c) => caseId("--offer-case", c)),
    allocationCases: (values["allocation-case"] ?? CHECK_DEFAULTS.allocationCases).map((c) =>
      caseId("--allocation-case", c),
    ),
    missingCase: caseId("--missing-case", values["missing-case"] ?? CHECK_DEFAULTS.missingCase),
    seed: values.seed === undefined ? randomSeed() : integer("--seed", values.seed, -(2 ** 31), 2 ** 31 - 1),
    runs: values.runs === undefined ? CHECK_DEFAULTS.runs : integer("--runs", values.runs, 1, 100_000),
    timeoutMs:
      values["timeout-ms"] === undefined
        ? CHECK_DEFAULTS.timeoutMs
        : integer("--timeout-ms", values["timeout-ms"], 1, 600_000),
    json: values.json ?? false,
  };
  const forbiddenCase = optionalCaseId("--forbidden-case", values["forbidden-case"] ?? CHECK_DEFAULTS.forbiddenCase);
  if (forbiddenCase !== undefined) options.forbiddenCase = forbiddenCase;
  const conflictCase = optionalCaseId("--conflict-case", values["conflict-case"] ?? CHECK_DEFAULTS.conflictCase);
  if (conflictCase !== undefined) options.conflictCase = conflictCase;
  if (values.junit !== undefined) options.junit = nonEmpty("--junit", values.junit);
  const tls = tlsFiles(values, env[PASSPHRASE_ENV], options.baseUrl);
  if (tls !== undefined) options.tls = tls;
  return { options };
}

function parseFlags(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: FLAGS, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function tlsFiles(
  values: { cert?: string | undefined; key?: string | undefined; pfx?: string | undefined; ca?: string | undefined },
  passphrase: string | undefined,
  baseUrl: string,
): TlsFiles | undefined {
  const { cert, key, pfx, ca } = values;
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
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--base-url must be an absolute http(s) URL; got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`--base-url must be an http or https URL; got ${JSON.stringify(value)}`);
  }
  if (url.search || url.hash)
    throw new UsageError(`--base-url must not carry a query or fragment; got ${JSON.stringify(value)}`);
  return url.href.replace(/\/+$/, "");
}

function organisation(value: string): string {
  if (value.length < 1 || value.length > 20) {
    throw new UsageError(`--organisation must be 1 to 20 characters (organisationCode); got ${JSON.stringify(value)}`);
  }
  return value;
}

function caseId(flag: string, value: string): string {
  if (!UUID.test(value)) throw new UsageError(`${flag} must be a uuid; got ${JSON.stringify(value)}`);
  return value;
}

/** A case id, or "none" for a check the user leaves out. */
function optionalCaseId(flag: string, value: string): string | undefined {
  if (value === "none") return undefined;
  if (!UUID.test(value)) throw new UsageError(`${flag} must be a uuid or none; got ${JSON.stringify(value)}`);
  return value;
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

export const HELP = `Usage: flexjob-contract-check --base-url URL [options]

Checks a FlexjobService implementation at URL against spec/flexjob.yaml.

Options:
  --base-url URL           the service's base URL, e.g. http://127.0.0.1:8080 (required)
  --organisation CVR       activeOrganisationHeader.organisationCode of every request (default ${CHECK_DEFAULTS.organisation})
  --offer-case UUID        a case GetFlexjob answers with 200; repeatable
                           (default ${CHECK_DEFAULTS.offerCases.join(", ")})
  --allocation-case UUID   a case GetFlexjobAllocation answers with 200; repeatable
                           (default ${CHECK_DEFAULTS.allocationCases.join(", ")})
  --missing-case UUID      a case no operation knows: 404 / 80002 (default ${CHECK_DEFAULTS.missingCase})
  --forbidden-case UUID    a case --organisation may not read: GetFlexjob answers 403 / 4575
                           (default ${CHECK_DEFAULTS.forbiddenCase}; none: not checked)
  --conflict-case UUID     a case whose grant status is Ukendt: every operation that reads a case
                           answers 409 / 80003 (default ${CHECK_DEFAULTS.conflictCase}; none: not checked)
  --seed N                 seed of the generated negative cases (default: random, printed)
  --runs N                 generated cases per negative check (default ${CHECK_DEFAULTS.runs})
  --timeout-ms N           timeout of each request (default ${CHECK_DEFAULTS.timeoutMs})
  --cert FILE, --key FILE  client certificate and key (PEM) for mutual TLS, as STAR requires
  --pfx FILE               client certificate and key as PKCS#12 (.p12), instead of --cert/--key
                           (a passphrase of --key or --pfx is read from $${PASSPHRASE_ENV})
  --ca FILE                trust these CA certificates (PEM) instead of Node's default list
  --junit FILE             also write the results as JUnit XML to FILE
  --json                   print the results as JSON on stdout (progress goes to stderr)
  -h, --help               show this help
  --version                show the version

Exit codes: 0 every check passed, 1 a check failed, 2 bad arguments or unreachable URL.
`;
