/**
 * flexjob-contract-check: verifies a FlexjobService implementation at --base-url against
 * spec/flexjob.yaml. One line per check as it runs (PASS, FAIL or SKIP), then `N passed, M failed,
 * K skipped`, the baseline's account (--baseline) and the coverage of documented outcomes, its
 * total last; --json puts the machine report alone on stdout (progress then goes to stderr);
 * --junit, --har and --write-baseline write files.
 * Exit codes: 0 all passed, 1 a check failed (that no baseline knows) or coverage under
 * --min-coverage, 2 bad arguments, no spec, a file that cannot be used or an unreachable URL.
 */
import { readBaseline, type Baseline } from "./baseline";
import type { CheckOptions } from "./check-options";
import { PLAIN, paletteFor, type Palette } from "./colours";
import { parseCommand } from "./options";
import { packageVersion } from "./package-version";
import { baselineLine, coverageLines, formatResult, reportJson, summaryLine } from "./report";
import { writeReportFiles } from "./report-files";
import { createContext, probe, runChecks, Unreachable, type Report } from "./run";
import { UsageError } from "./usage-error";
import { HELP } from "./usage-text";
import { verdictOf } from "./verdict";

export { runContractCheck, type Report } from "./run";
export type { CheckOptions } from "./check-options";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The colours of each stream (default none). */
  palettes?: { out: Palette; err: Palette };
}

const NAME = "flexjob-contract-check";

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let options: CheckOptions;
  let baseline: Baseline | undefined;
  try {
    const command = parseCommand(argv);
    if (command.print) {
      io.out(command.print === "help" ? HELP : `${packageVersion()}\n`);
      return 0;
    }
    options = command.options;
    // Read before any request, so that a bad file costs no run.
    if (options.baseline !== undefined) baseline = readBaseline(options.baseline);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${NAME}: ${error.message}\nRun ${NAME} --help for the options.\n`);
    return 2;
  }
  return check(options, baseline, io);
}

async function check(options: CheckOptions, baseline: Baseline | undefined, io: Io): Promise<number> {
  const progress = options.json ? io.err : io.out;
  const palette = (options.json ? io.palettes?.err : io.palettes?.out) ?? PLAIN;
  const known = (id: string) => baseline?.ids.has(id) ?? false;
  let report: Report;
  try {
    const context = createContext(options);
    await probe(options, context.fetch);
    const { file, version } = context.spec;
    progress(
      `${NAME}: ${options.baseUrl} against ${file} version ${version} (seed ${options.seed}, --runs ${options.runs})\n`,
    );
    report = await runChecks(context, (result) =>
      progress(`${formatResult(result, { palette, known: known(result.id) })}\n`),
    );
  } catch (error) {
    if (!(error instanceof Unreachable || error instanceof UsageError)) throw error;
    io.err(`${NAME}: ${error.message}\n`);
    return 2;
  }
  const verdict = verdictOf(report, {
    ...(baseline === undefined ? {} : { baseline }),
    ...(options.minCoverage === undefined ? {} : { minCoverage: options.minCoverage }),
    writingBaseline: options.writeBaseline !== undefined,
  });
  const unwritten = writeReportFiles(options, report, verdict);
  if (unwritten !== undefined) {
    io.err(`${NAME}: ${unwritten}\n`);
    return 2;
  }
  if (options.json) io.out(reportJson(report, verdict));
  const closing = [
    // Plain even on a terminal: scripts look for this line.
    summaryLine(report),
    ...(verdict.baseline === undefined ? [] : [baselineLine(verdict.baseline)]),
    ...(options.writeBaseline === undefined
      ? []
      : [`wrote --write-baseline ${options.writeBaseline}: ${report.failed} failure${report.failed === 1 ? "" : "s"}`]),
    ...coverageLines(report.coverage, verdict, palette),
  ];
  progress(`${closing.join("\n")}\n`);
  return verdict.exitCode;
}

/** Runs the command line of this process and exits with its code once the output is flushed. */
export function runCli(): void {
  const io: Io = {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    palettes: { out: paletteFor(process.stdout), err: paletteFor(process.stderr) },
  };
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
