/** The report for people (one line per check, the summary, the baseline, the coverage) and for machines (JSON). */
import type { BaselineComparison } from "./baseline";
import { PLAIN, type Palette } from "./colours";
import type { CheckResult } from "./context";
import { coveragePercent, type Coverage } from "./coverage";
import { describeOutcome } from "./outcomes";
import type { Report } from "./run";
import type { Verdict } from "./verdict";

const MARK = { passed: "PASS", failed: "FAIL", skipped: "SKIP" } as const;

/** The label above a failure's command. (Not "replay", which names a check group.) */
export const REPRODUCE_LABEL = "reproduce:";

/** How a line is shown: its colours, and whether a failure is one the baseline knows. */
export interface LineStyle {
  palette?: Palette;
  known?: boolean;
}

/** "PASS  name: reason" (FAIL, SKIP), a failure's reproduce command indented below it. */
export function formatResult(result: CheckResult, { palette = PLAIN, known = false }: LineStyle = {}): string {
  const colour = { passed: palette.pass, failed: known ? palette.known : palette.fail, skipped: palette.skip };
  const note = known && result.status === "failed" ? palette.known(" (known: in the baseline)") : "";
  const line = `${colour[result.status](MARK[result.status])}  ${result.name}: ${result.reason}${note}`;
  if (result.status !== "failed" || result.reproduce === undefined) return line;
  const command = result.reproduce.split("\n").map((l) => palette.dim(`        ${l}`));
  return [line, palette.dim(`      ${REPRODUCE_LABEL}`), ...command].join("\n");
}

/** `N passed, M failed, K skipped`: printed after the checks, for people and CI alike. */
export function summaryLine(report: Pick<Report, "passed" | "failed" | "skipped">): string {
  return `${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped`;
}

/** "baseline FILE: 2 known failures still fail, 1 fixed (id), 0 new". */
export function baselineLine(c: BaselineComparison): string {
  const listed = (ids: readonly string[]) => (ids.length === 0 ? "" : ` (${ids.join(", ")})`);
  const parts = [
    `${c.known.length} known ${c.known.length === 1 ? "failure still fails" : "failures still fail"}`,
    `${c.fixed.length} fixed${listed(c.fixed)}`,
    `${c.added.length} new${listed(c.added)}`,
    ...(c.notRun.length === 0 ? [] : [`${c.notRun.length} not run${listed(c.notRun)}`]),
  ];
  return `baseline ${c.file}: ${parts.join(", ")}`;
}

/** Every documented outcome with the first check that reached it, then the total last. */
export function coverageLines(coverage: Coverage, verdict: Pick<Verdict, "minCoverage">, palette = PLAIN): string[] {
  const width = Math.max(...coverage.outcomes.map((o) => describeOutcome(o).length));
  const rows = coverage.outcomes.map(
    (o) =>
      `  ${describeOutcome(o).padEnd(width)}  ${o.seenBy === undefined ? palette.fail("not reached") : palette.dim(o.seenBy.name)}`,
  );
  const total = `${coverage.reached} of ${coverage.total} documented outcomes reached (${coveragePercent(coverage)}%)`;
  const minimum = verdict.minCoverage;
  const against =
    minimum === undefined
      ? ""
      : minimum.met
        ? `, --min-coverage ${minimum.percent} met`
        : palette.fail(`, under --min-coverage ${minimum.percent}`);
  return [
    "documented outcomes (operation status (errorCode)) and the first check that reached each:",
    ...rows,
    total + against,
  ];
}

export function reportJson(report: Report, verdict?: Verdict): string {
  const { checkerVersion, baseUrl, specFile, specVersion, seed, runs, passed, failed, skipped, coverage } = report;
  const checks = report.results.map(({ id, name, group, status, reason, reproduce, durationMs }) => ({
    id,
    name,
    group,
    status,
    ...(verdict?.known.has(id) ? { known: true } : {}),
    reason,
    ...(reproduce === undefined ? {} : { reproduce }),
    durationMs,
  }));
  const json = {
    checkerVersion,
    baseUrl,
    specFile,
    specVersion,
    seed,
    runs,
    passed,
    failed,
    skipped,
    coverage: {
      reached: coverage.reached,
      total: coverage.total,
      percent: coveragePercent(coverage),
      ...(verdict?.minCoverage === undefined
        ? {}
        : { minimum: verdict.minCoverage.percent, met: verdict.minCoverage.met }),
      outcomes: coverage.outcomes.map(({ operationId, status, errorCode, seenBy }) => ({
        operationId,
        status,
        errorCode,
        seenBy: seenBy?.id ?? null,
      })),
    },
    ...(verdict?.baseline === undefined ? {} : { baseline: baselineJson(verdict.baseline) }),
    checks,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function baselineJson({ file, known, fixed, added, notRun }: BaselineComparison) {
  return { file, known, fixed, new: added, notRun };
}
