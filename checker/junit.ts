/**
 * The report as JUnit XML, one testcase per check (classname = the check's group), for CI: a
 * failure carries the reason and the reproduce command, a skipped check `<skipped>` with the reason.
 * A failure the baseline knows is `<skipped>` too ("known failure: ..."), so that the file's
 * verdict is the exit code's. The suite's properties carry the versions and the coverage of
 * documented outcomes, one property per outcome naming the check that reached it.
 */
import type { CheckResult } from "./context";
import { coveragePercent } from "./coverage";
import { describeOutcome } from "./outcomes";
import { REPRODUCE_LABEL } from "./report";
import type { Report } from "./run";
import type { Verdict } from "./verdict";

/** Text safe in XML content and attributes: markup escaped, characters XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

export function toJUnit(report: Report, verdict?: Pick<Verdict, "known">): string {
  const known = verdict?.known ?? new Set<string>();
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const total = report.results.reduce((sum, r) => sum + r.durationMs, 0);
  const cases = report.results.map((r) => {
    const open = `  <testcase classname="${escapeXml(r.group)}" name="${escapeXml(r.name)}" time="${seconds(r.durationMs)}"`;
    const inner = caseContent(r, known.has(r.id));
    return inner === undefined ? `${open}/>` : `${open}>\n    ${inner}\n  </testcase>`;
  });
  const knownFailures = report.results.filter((r) => r.status === "failed" && known.has(r.id)).length;
  const suite =
    `<testsuite name="flexjob-contract-check" tests="${report.results.length}" failures="${report.failed - knownFailures}" errors="0" ` +
    `skipped="${report.skipped + knownFailures}" time="${seconds(total)}">`;
  const property = (name: string, value: string | number) =>
    `    <property name="${escapeXml(name)}" value="${escapeXml(String(value))}"/>`;
  const { coverage } = report;
  const properties = [
    `  <properties>`,
    property("checkerVersion", report.checkerVersion),
    property("baseUrl", report.baseUrl),
    property("specVersion", report.specVersion),
    property("seed", report.seed),
    property("runs", report.runs),
    property("coverage", `${coverage.reached}/${coverage.total}`),
    property("coveragePercent", coveragePercent(coverage)),
    ...coverage.outcomes.map((o) => property(`outcome ${describeOutcome(o)}`, o.seenBy?.name ?? "not reached")),
    `  </properties>`,
  ];
  return ['<?xml version="1.0" encoding="UTF-8"?>', suite, ...properties, ...cases, "</testsuite>", ""].join("\n");
}

function caseContent(r: CheckResult, known: boolean): string | undefined {
  if (r.status === "skipped") return `<skipped message="${escapeXml(r.reason)}"/>`;
  if (r.status === "passed") return undefined;
  if (known) return `<skipped message="${escapeXml(`known failure, in the baseline: ${r.reason}`)}"/>`;
  const detail = [r.reason, ...(r.reproduce === undefined ? [] : [REPRODUCE_LABEL, r.reproduce])].join("\n");
  return `<failure message="${escapeXml(r.reason)}">${escapeXml(detail)}</failure>`;
}
