/**
 * Baselines: the file --write-baseline writes (sorted ids, nothing that changes between runs), what
 * --baseline accepts (a bad file is a usage error naming it), and the verdict: a run passes while
 * only known failures fail, reports the fixed ones, and fails on a new one or under --min-coverage.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { baselineText, readBaseline } from "../../checker/baseline";
import type { CheckResult } from "../../checker/context";
import { coverageOf } from "../../checker/coverage";
import { toJUnit } from "../../checker/junit";
import { baselineLine } from "../../checker/report";
import type { Report } from "../../checker/run";
import { UsageError } from "../../checker/usage-error";
import { verdictOf } from "../../checker/verdict";
import { tempDirs } from "../fixtures/temp-dirs";

const tempDir = tempDirs();

const check = (id: string, status: CheckResult["status"]): CheckResult => ({
  id,
  name: id.replaceAll("/", " "),
  group: "replay",
  status,
  reason: status === "failed" ? "status 200 (expected 412)" : "first 200, then 412",
  durationMs: 1,
  reached: [],
});

function reportOf(results: CheckResult[]): Report {
  const count = (status: CheckResult["status"]) => results.filter((r) => r.status === status).length;
  return {
    checkerVersion: "1.0.0",
    baseUrl: "http://h",
    specFile: "spec/flexjob.yaml",
    specVersion: "1 (2025-1)",
    seed: 1,
    runs: 1,
    results,
    passed: count("passed"),
    failed: count("failed"),
    skipped: count("skipped"),
    coverage: coverageOf(results),
  };
}

const dir = tempDir("checker-baseline-");
function file(name: string, text: string): string {
  const at = path.join(dir, name);
  writeFileSync(at, text);
  return at;
}

describe("--write-baseline", () => {
  it("writes the failing checks' ids, sorted, with their names and nothing that changes between runs", () => {
    const text = baselineText([check("replay/b", "failed"), check("replay/c", "passed"), check("replay/a", "failed")]);
    expect(JSON.parse(text)).toEqual({
      description: expect.stringContaining("--baseline") as string,
      failures: [
        { id: "replay/a", name: "replay a" },
        { id: "replay/b", name: "replay b" },
      ],
    });
  });

  it("writes what --baseline reads back", () => {
    const written = file("round-trip.json", baselineText([check("replay/a", "failed")]));
    expect([...readBaseline(written).ids]).toEqual(["replay/a"]);
  });
});

describe("--baseline", () => {
  it.each([
    { given: undefined, want: /^--baseline cannot read .*missing\.json: ENOENT$/ },
    { given: "{", want: /^--baseline .*bad\.json is not JSON: / },
    {
      given: '{"failures": [{"name": "x"}]}',
      want: /^--baseline .*bad\.json must hold \{"failures": \[\{"id": "\.\.\."\}\]\}/,
    },
    { given: "[]", want: /must hold/ },
  ])("refuses $given as a usage error naming the file", ({ given, want }) => {
    const at = given === undefined ? path.join(dir, "missing.json") : file("bad.json", given);
    expect(() => readBaseline(at)).toThrow(UsageError);
    expect(() => readBaseline(at)).toThrow(want);
  });
});

describe("the verdict", () => {
  const baseline = { file: "b.json", ids: new Set(["replay/known", "replay/fixed", "replay/gone"]) };

  it.each([
    { failing: ["replay/known"], judged: { baseline }, want: 0 },
    { failing: ["replay/known", "replay/new"], judged: { baseline }, want: 1 },
    { failing: ["replay/new"], judged: {}, want: 1 },
    { failing: ["replay/new"], judged: { writingBaseline: true }, want: 0 },
    { failing: [], judged: { minCoverage: 5 }, want: 1 },
    { failing: [], judged: { minCoverage: 0 }, want: 0 },
  ])("exits $want given failures $failing and $judged", ({ failing, judged, want }) => {
    const results = [check("replay/fixed", "passed"), ...failing.map((id) => check(id, "failed"))];
    expect(verdictOf(reportOf(results), judged).exitCode).toBe(want);
  });

  it("accounts for every known failure: still failing, fixed, new, not run", () => {
    const results = [check("replay/known", "failed"), check("replay/fixed", "passed"), check("replay/new", "failed")];
    const verdict = verdictOf(reportOf(results), { baseline });
    expect(verdict.baseline).toEqual({
      file: "b.json",
      known: ["replay/known"],
      fixed: ["replay/fixed"],
      added: ["replay/new"],
      notRun: ["replay/gone"],
    });
    expect(baselineLine(verdict.baseline!)).toBe(
      "baseline b.json: 1 known failure still fails, 1 fixed (replay/fixed), 1 new (replay/new), 1 not run (replay/gone)",
    );
  });

  it("gives a known failure to JUnit as skipped, so that the file agrees with the exit code", () => {
    const report = reportOf([check("replay/known", "failed"), check("replay/new", "failed")]);
    const xml = toJUnit(report, verdictOf(report, { baseline }));
    expect(xml).toContain('failures="1" errors="0" skipped="1"');
    expect(xml).toContain('<skipped message="known failure, in the baseline: status 200 (expected 412)"/>');
    expect(xml.match(/<failure /g)).toHaveLength(1);
  });
});
