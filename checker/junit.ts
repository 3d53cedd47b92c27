/**
 * The report as JUnit XML, one testcase per check (classname = the check's group), for CI: a
 * failure carries the reason and the reproduce command, a skipped check `<skipped>` with the reason.
 */
import { REPRODUCE_LABEL } from "./report";
import type { CheckResult } from "./context";
import type { Report } from "./run";

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

export function toJUnit(report: Report): string {
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const total = report.results.reduce((sum, r) => sum + r.durationMs, 0);
  const cases = report.results.map((r) => {
    const open = `  <testcase classname="${escapeXml(r.group)}" name="${escapeXml(r.name)}" time="${seconds(r.durationMs)}"`;
    const inner = caseContent(r);
    return inner === undefined ? `${open}/>` : `${open}>\n    ${inner}\n  </testcase>`;
  });
  const suite =
    `<testsuite name="flexjob-contract-check" tests="${report.results.length}" failures="${report.failed}" errors="0" ` +
    `skipped="${report.skipped}" time="${seconds(total)}">`;
  const properties = [
    `  <properties>`,
    `    <property name="checkerVersion" value="${escapeXml(report.checkerVersion)}"/>`,
    `    <property name="baseUrl" value="${escapeXml(report.baseUrl)}"/>`,
    `    <property name="seed" value="${report.seed}"/>`,
    `    <property name="runs" value="${report.runs}"/>`,
    `  </properties>`,
  ];
  return ['<?xml version="1.0" encoding="UTF-8"?>', suite, ...properties, ...cases, "</testsuite>", ""].join("\n");
}

function caseContent(r: CheckResult): string | undefined {
  if (r.status === "skipped") return `<skipped message="${escapeXml(r.reason)}"/>`;
  if (r.status === "passed") return undefined;
  const detail = [r.reason, ...(r.reproduce === undefined ? [] : [REPRODUCE_LABEL, r.reproduce])].join("\n");
  return `<failure message="${escapeXml(r.reason)}">${escapeXml(detail)}</failure>`;
}
