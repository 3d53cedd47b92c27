/** The report as JUnit XML, one testcase per check (classname = the check's group), for CI. */
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
    if (r.passed) return `${open}/>`;
    const detail = [r.reason, ...(r.reproduce === undefined ? [] : ["replay:", r.reproduce])].join("\n");
    return `${open}>\n    <failure message="${escapeXml(r.reason)}">${escapeXml(detail)}</failure>\n  </testcase>`;
  });
  const suite =
    `<testsuite name="flexjob-contract-check" tests="${report.results.length}" failures="${report.failed}" errors="0" ` +
    `skipped="0" time="${seconds(total)}">`;
  const properties = [
    `  <properties>`,
    `    <property name="baseUrl" value="${escapeXml(report.baseUrl)}"/>`,
    `    <property name="seed" value="${report.seed}"/>`,
    `    <property name="runs" value="${report.runs}"/>`,
    `  </properties>`,
  ];
  return ['<?xml version="1.0" encoding="UTF-8"?>', suite, ...properties, ...cases, "</testsuite>", ""].join("\n");
}
