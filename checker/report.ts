/** The report for people (one line per check, the summary last) and for machines (JSON). */
import type { CheckResult } from "./context";
import type { Report } from "./run";

/** "PASS  name: reason", a failure's replay command indented below it. */
export function formatResult(result: CheckResult): string {
  const line = `${result.passed ? "PASS" : "FAIL"}  ${result.name}: ${result.reason}`;
  if (result.passed || result.reproduce === undefined) return line;
  const replay = result.reproduce.split("\n").map((l) => `        ${l}`);
  return [line, "      replay:", ...replay].join("\n");
}

export function summaryLine(report: Pick<Report, "passed" | "failed">): string {
  return `${report.passed} passed, ${report.failed} failed`;
}

export function reportJson(report: Report): string {
  const { baseUrl, specFile, seed, runs, passed, failed } = report;
  const checks = report.results.map(({ name, group, passed: ok, reason, reproduce, durationMs }) => ({
    name,
    group,
    passed: ok,
    reason,
    ...(reproduce === undefined ? {} : { reproduce }),
    durationMs,
  }));
  return `${JSON.stringify({ baseUrl, specFile, seed, runs, passed, failed, checks }, null, 2)}\n`;
}
