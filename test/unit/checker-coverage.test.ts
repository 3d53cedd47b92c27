/**
 * Coverage of documented outcomes: the denominator is the generated contract's list (every status
 * each operation declares, with the error table's errorCode), an outcome counts as reached by the
 * first check whose answer showed it, and the checks carry ids that are unique and stable.
 */
import type { CheckResult } from "../../checker/context";
import { coverageOf, coveragePercent, meetsMinimum } from "../../checker/coverage";
import { parseCommand } from "../../checker/options";
import { DOCUMENTED, reachedBy } from "../../checker/outcomes";
import { coverageLines } from "../../checker/report";
import { allChecks, createContext } from "../../checker/run";
import { DOCUMENTED_OUTCOMES, OPERATIONS } from "../../generated/contract";

const result = (id: string, reached: CheckResult["reached"]): CheckResult => ({
  id,
  name: id.replaceAll("/", " "),
  group: "positive",
  status: "passed",
  reason: "",
  durationMs: 1,
  reached,
});

function checksOf(args: readonly string[]) {
  const command = parseCommand(["--base-url", "http://127.0.0.1:8080", ...args]);
  if (command.print) throw new Error("unexpected --help");
  return allChecks(createContext(command.options));
}

describe("documented outcomes", () => {
  it("are every status each operation declares, with the errorCode its error table row gives", () => {
    const expected = Object.values(OPERATIONS).flatMap((o) => [
      { operationId: o.operationId, status: 200, errorCode: null },
      ...Object.entries(o.errors).map(([status, row]) => ({
        operationId: o.operationId,
        status: Number(status),
        errorCode: row.errorCode,
      })),
    ]);
    expect(DOCUMENTED).toEqual(expected);
    expect(DOCUMENTED).toHaveLength(DOCUMENTED_OUTCOMES.length);
    expect(DOCUMENTED).toHaveLength(25);
  });

  it.each([
    { given: { path: "/Flexjob/GetFlexjob", status: 404, body: { errorCode: 80002 } }, want: "GetFlexjob 404 80002" },
    { given: { path: "/Flexjob/IsAlive", status: 412, body: { status: 412 } }, want: "IsAliveAsync 412 null" },
    {
      given: { path: "/Flexjob/IsAlive", status: 200, body: { isAliveResponseType: {} } },
      want: "IsAliveAsync 200 null",
    },
    // 404 without its errorCode, a 422, a 405 and an unknown path are no documented outcome.
    { given: { path: "/Flexjob/GetFlexjob", status: 404, body: {} }, want: "none" },
    { given: { path: "/Flexjob/GetFlexjob", status: 422, body: { errorCode: 1014 } }, want: "none" },
    { given: { path: "/Flexjob/GetFlexjob", status: 405, body: {} }, want: "none" },
    { given: { path: "/elsewhere", status: 200, body: {} }, want: "none" },
  ])("an answer $given.status at $given.path reaches $want", ({ given, want }) => {
    const exchange = {
      request: { method: "POST", path: given.path },
      status: given.status,
      headers: new Headers(),
      text: JSON.stringify(given.body),
    };
    const reached = reachedBy(exchange);
    expect(reached === undefined ? "none" : `${reached.operationId} ${reached.status} ${reached.errorCode}`).toBe(want);
  });
});

describe("coverage", () => {
  const results = [
    result("positive/IsAliveAsync", [{ operationId: "IsAliveAsync", status: 200, errorCode: null }]),
    result("header/IsAliveAsync/x-requestid-missing", [{ operationId: "IsAliveAsync", status: 400, errorCode: 1014 }]),
    result("header/IsAliveAsync/x-requestid-empty", [{ operationId: "IsAliveAsync", status: 400, errorCode: 1014 }]),
  ];

  it("names the first check that reached each outcome, and leaves the rest not reached", () => {
    const coverage = coverageOf(results);
    expect(coverage).toMatchObject({ reached: 2, total: 25 });
    const seen = coverage.outcomes.filter((o) => o.seenBy !== undefined);
    expect(seen).toEqual([
      {
        operationId: "IsAliveAsync",
        status: 200,
        errorCode: null,
        seenBy: { id: results[0]!.id, name: results[0]!.name },
      },
      {
        operationId: "IsAliveAsync",
        status: 400,
        errorCode: 1014,
        seenBy: { id: results[1]!.id, name: results[1]!.name },
      },
    ]);
  });

  it("rounds the percentage down, so that 100 means every outcome, and compares the minimum exactly", () => {
    expect(coveragePercent({ reached: 24, total: 25 })).toBe(96);
    expect(coveragePercent({ reached: 2, total: 3 })).toBe(66);
    expect(meetsMinimum({ reached: 2, total: 3 }, 66.6)).toBe(true);
    expect(meetsMinimum({ reached: 2, total: 3 }, 66.7)).toBe(false);
    expect(meetsMinimum({ reached: 24, total: 25 }, 100)).toBe(false);
    expect(meetsMinimum({ reached: 25, total: 25 }, 100)).toBe(true);
  });

  it("prints one line per outcome and the total last, against --min-coverage", () => {
    const lines = coverageLines(coverageOf(results), { minCoverage: { percent: 90, met: false } });
    expect(lines).toHaveLength(27);
    expect(lines).toContain("  IsAliveAsync 400 (1014)           header IsAliveAsync x-requestid-missing");
    expect(lines).toContain("  GetFlexjob 500 (1011)             not reached");
    expect(lines.at(-1)).toBe("2 of 25 documented outcomes reached (8%), under --min-coverage 90");
  });
});

describe("check ids", () => {
  it("are unique, and the same whatever the seed and runs", () => {
    const ids = checksOf(["--seed", "1", "--admin-url", "http://127.0.0.1:8081"]).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(checksOf(["--seed", "99", "--runs", "3", "--admin-url", "http://127.0.0.1:8081"]).map((c) => c.id)).toEqual(
      ids,
    );
    expect(ids).toEqual(
      expect.arrayContaining([
        "positive/GetFlexjob/11111111-1111-4111-8111-111111111111",
        "replay/GetFlexjob/same-id-twice",
        "header/IsAliveAsync/x-requestid-missing",
        "negative/GetFlexjob/malformed-json",
        "not-found/GetFlexjobAllocation/unknown-case",
        "authorisation/GetFlexjob/foreign-case",
        "conflict/GetFlexjobAllocation/grant-status-ukendt",
        "method/IsAliveAsync/get",
        "injected/IsAliveAsync/500",
      ]),
    );
  });

  it("with --admin-url, add an injected check for each documented error outcome no other check provokes", () => {
    const checks = checksOf(["--admin-url", "http://127.0.0.1:8081"]);
    expect(checks.filter((c) => c.group === "injected").map((c) => c.name)).toEqual([
      "injected GetFlexjob 500 (1011)",
      "injected GetFlexjobAllocation 403 (4575)",
      "injected GetFlexjobAllocation 500 (1011)",
      "injected IsAliveAsync 403 (4575)",
      "injected IsAliveAsync 500 (1011)",
    ]);
    const expected = checks.flatMap((c) => c.expects);
    expect(DOCUMENTED.filter((o) => !expected.some((e) => JSON.stringify(e) === JSON.stringify(o)))).toEqual([]);
    expect(checksOf([]).filter((c) => c.group === "injected")).toEqual([]);
  });
});
