/**
 * flexjob-contract-check: verifies a FlexjobService implementation at --base-url against
 * spec/flexjob.yaml. One line per check as it runs (PASS, FAIL or SKIP), `N passed, M failed,
 * K skipped` alone on the last line; --json puts the machine report alone on stdout (progress then
 * goes to stderr); --junit FILE writes JUnit XML.
 * Exit codes: 0 all passed, 1 a check failed, 2 bad arguments, no spec or an unreachable URL.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { packageVersion } from "./package-version";
import { toJUnit } from "./junit";
import type { CheckOptions } from "./check-options";
import { parseCommand } from "./options";
import { formatResult, reportJson, summaryLine } from "./report";
import { createContext, probe, runChecks, Unreachable, type Report } from "./run";
import { UsageError } from "./usage-error";
import { HELP } from "./usage-text";

export { runContractCheck, type Report } from "./run";
export type { CheckOptions } from "./check-options";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const NAME = "flexjob-contract-check";

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let options: CheckOptions;
  try {
    const command = parseCommand(argv);
    if (command.print) {
      io.out(command.print === "help" ? HELP : `${packageVersion()}\n`);
      return 0;
    }
    options = command.options;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${NAME}: ${error.message}\nRun ${NAME} --help for the options.\n`);
    return 2;
  }
  return check(options, io);
}

async function check(options: CheckOptions, io: Io): Promise<number> {
  const progress = options.json ? io.err : io.out;
  let report: Report;
  try {
    const context = createContext(options);
    await probe(options, context.fetch);
    progress(
      `${NAME}: ${options.baseUrl} against ${context.spec.file} (seed ${options.seed}, --runs ${options.runs})\n`,
    );
    report = await runChecks(context, (result) => progress(`${formatResult(result)}\n`));
  } catch (error) {
    if (!(error instanceof Unreachable || error instanceof UsageError)) throw error;
    io.err(`${NAME}: ${error.message}\n`);
    return 2;
  }
  if (options.junit !== undefined && !writeJUnit(options.junit, report, io)) return 2;
  if (options.json) io.out(reportJson(report));
  progress(`${summaryLine(report)}\n`);
  return report.failed > 0 ? 1 : 0;
}

function writeJUnit(file: string, report: Report, io: Io): boolean {
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, toJUnit(report));
    return true;
  } catch (error) {
    io.err(`${NAME}: cannot write --junit ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return false;
  }
}

/** Runs the command line of this process and exits with its code once the output is flushed. */
export function runCli(): void {
  const io: Io = { out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t) };
  main(process.argv.slice(2), io).then(
    (code) => exitAfterFlush(code),
    (error: unknown) => {
      io.err(`${NAME}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      exitAfterFlush(2);
    },
  );
}

function exitAfterFlush(code: number): void {
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
}

if (require.main === module) runCli();
