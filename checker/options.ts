/**
 * The command line of flexjob-contract-check, parsed by the flag table (option-table.ts) into the
 * options to check with. A bad value is reported as a UsageError (exit 2) stating the flag, the
 * rule and the value.
 */
import { parseArgs } from "node:util";
import type { CheckOptions } from "./check-options";
import type { Parsed } from "./flag";
import { OPTIONS } from "./option-table";
import { nonEmpty } from "./option-values";
import { PASSPHRASE_ENV, type TlsFiles } from "./tls-files";
import { UsageError } from "./usage-error";

// The names callers of the command line use, from the lower files that hold them.
export { CHECK_DEFAULTS, type CheckOptions } from "./check-options";
export { PASSPHRASE_ENV, type TlsFiles } from "./tls-files";
export { UsageError } from "./usage-error";

/** Either a text to print and exit 0 (--help, --version), or the options to check with. */
export type ParsedCommand = { print: "help" | "version" } | { print?: undefined; options: CheckOptions };

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
