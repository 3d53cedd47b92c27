/** The report for people (one line per check, the summary last) and for machines (JSON). */
import type { CheckResult } from "./context";
import type { Report } from "./run";

const MARK = { passed: "PASS", failed: "FAIL", skipped: "SKIP" } as const;

/** The label above a failure's command. (Not "replay", which names a check group.) */
export const REPRODUCE_LABEL = "reproduce:";

/** "PASS  name: reason" (FAIL, SKIP), a failure's reproduce command indented below it. */
export function formatResult(result: CheckResult): string {
  const line = `${MARK[result.status]}  ${result.name}: ${result.reason}`;
  if (result.status !== "failed" || result.reproduce === undefined) return line;
  const command = result.reproduce.split("\n").map((l) => `        ${l}`);
  return [line, `      ${REPRODUCE_LABEL}`, ...command].join("\n");
}

/** `N passed, M failed, K skipped`: printed alone on the last line, for people and CI alike. */
export function summaryLine(report: Pick<Report, "passed" | "failed" | "skipped">): string {
  return `${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped`;
}

export function reportJson(report: Report): string {
  const { checkerVersion, baseUrl, specFile, seed, runs, passed, failed, skipped } = report;
  const checks = report.results.map(({ name, group, status, reason, reproduce, durationMs }) => ({
    name,
    group,
    status,
    reason,
    ...(reproduce === undefined ? {} : { reproduce }),
    durationMs,
  }));
  const json = { checkerVersion, baseUrl, specFile, seed, runs, passed, failed, skipped, checks };
  return `${JSON.stringify(json, null, 2)}\n`;
}
