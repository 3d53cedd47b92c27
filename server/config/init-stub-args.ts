/**
 * The command line of `flexjob-reference-server init-stub DIR [--tarballs DIR] [--force]`, which
 * writes a TypeScript project implementing the service with the pipeline (server/stub/). A bad
 * argument throws a ConfigError, exit code 2 like the server's own.
 */
import { parseArgs } from "node:util";
import { ConfigError } from "../pipeline";

export const INIT_STUB = "init-stub";

export interface InitStubArgs {
  /** Where the project goes: a new or empty directory, or any with `force`. */
  dir: string;
  /** A directory holding the packed tarballs to copy into the project's vendor/. */
  tarballsDir: string | undefined;
  /** Write into a directory that is not empty, replacing the stub's own files there. */
  force: boolean;
}

const SYNOPSIS = `${INIT_STUB} DIR [--tarballs DIR] [--force]`;

/** Either --help, or what to write; argv is what follows `init-stub`. */
export function parseInitStubArgs(
  argv: readonly string[],
): { print: "help" } | { print?: undefined; args: InitStubArgs } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { tarballs: { type: "string" }, force: { type: "boolean" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new ConfigError(`${INIT_STUB}: ${(error as Error).message} (see ${INIT_STUB} --help)`);
  }
  const { values } = parsed;
  if (values.help === true) return { print: "help" };
  // An empty argument (`init-stub "$DIR"` with DIR unset) names no directory.
  const dirs = parsed.positionals.filter((positional) => positional !== "");
  if (dirs.length === 0) throw new ConfigError(`${INIT_STUB} needs the directory to write the project to: ${SYNOPSIS}`);
  if (dirs.length > 1)
    throw new ConfigError(
      `${INIT_STUB} takes one directory; got ${dirs.length}: ${dirs.map((dir) => JSON.stringify(dir)).join(" ")}`,
    );
  if (values.tarballs === "") throw new ConfigError(`${INIT_STUB}: --tarballs needs a directory`);
  return { args: { dir: dirs[0]!, tarballsDir: values.tarballs, force: values.force === true } };
}

/** The --help text of init-stub. */
export function initStubUsage(): string {
  return [
    `Usage: flexjob-reference-server ${SYNOPSIS}`,
    "",
    "Writes a TypeScript project into DIR (new or empty) that implements STAR's FlexjobService with this",
    "package's pipeline: package.json, tsconfig.json, README.md, src/handlers.ts (one handler per",
    "operation; every case answers 404 / 80002 until you look cases up) and src/main.ts (serves on PORT).",
    "A DIR that is not empty exits with code 2.",
    "",
    line("--tarballs <dir>", "copy flexjob-reference-server's and flexjob-contract-check's tarballs (of this version)"),
    line("", "from <dir> into DIR/vendor/ and depend on them, so that `npm install` is the next step"),
    line("--force", "write into a DIR that is not empty, replacing the stub's own files there"),
    line("-h, --help", "this text"),
    "",
  ].join("\n");
}

function line(flag: string, what: string): string {
  return `  ${flag.padEnd(20)}${what}`;
}
