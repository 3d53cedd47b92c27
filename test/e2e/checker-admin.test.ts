/**
 * The checker with --admin-url: against a reference server whose cases hold no foreign case and
 * no case in status Ukendt, the 403 and 409 checks pass with the cases the checker puts through
 * the admin listener, which it removes afterwards, and the injected checks make its faults give the
 * outcomes no healthy server gives, so that every documented outcome is reached. The server runs
 * with its admin listener and CORS on, and every check passes.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startReferenceServer, type ReferenceServerWithAdmin } from "../../server";
import { startBrokenProxy, withJsonBody } from "../broken-servers/broken-server";
import { checkAgainst, failedChecks, reasonOf } from "../broken-servers/check-against";
import { adminOf } from "../fixtures/admin-kit";
import { SANDBOX_DIR } from "../fixtures/server-kit";

jest.setTimeout(60_000);

let cases: string;
let server: ReferenceServerWithAdmin;

beforeAll(async () => {
  // The four cases of the positive checks only.
  cases = mkdtempSync(path.join(tmpdir(), "flexjob-cases-"));
  for (const file of ["case-1-offer.json", "case-2-offer.json", "case-3-allocation.json", "case-4-allocation.json"])
    copyFileSync(path.join(SANDBOX_DIR, file), path.join(cases, file));
  server = await startReferenceServer({
    adminPort: 0,
    cors: "*",
    sandbox: false,
    fixturesDir: cases,
    validateResponses: true,
  });
});

afterAll(async () => {
  await server.close();
  rmSync(cases, { recursive: true, force: true });
});

describe("flexjob-contract-check --admin-url", () => {
  it("without it, the 403 and 409 checks fail on a server lacking those cases", async () => {
    const report = await checkAgainst(server.url);
    expect(failedChecks(report)).toEqual([
      "authorisation GetFlexjob foreign case",
      "conflict GetFlexjob grant status Ukendt",
      "conflict GetFlexjobAllocation grant status Ukendt",
    ]);
  });

  it("with it, every check passes, every documented outcome is reached, and the checker's cases are gone afterwards", async () => {
    const report = await checkAgainst(server.url, ["--admin-url", server.adminUrl]);
    expect(failedChecks(report)).toEqual([]);
    expect(new Set(report.results.map((r) => r.group))).toEqual(
      new Set([
        "positive",
        "replay",
        "header",
        "negative",
        "not-found",
        "authorisation",
        "conflict",
        "method",
        "injected",
      ]),
    );
    // The faults of the admin listener give the outcomes no healthy server gives (500 / 1011, ...).
    const notReached = report.coverage.outcomes.filter((o) => o.seenBy === undefined);
    expect({ notReached, reached: report.coverage.reached }).toEqual({ notReached: [], reached: 25 });
    const faults = await adminOf(server.adminUrl)("GET", "/faults");
    expect(faults.body).toEqual({ faults: [] });
    const listed = await adminOf(server.adminUrl)("GET", "/cases");
    expect(listed.body.cases.filter((c: { source: string }) => c.source === "run-time")).toEqual([]);
    expect(listed.body.cases).toHaveLength(4);
  });

  it("puts no case and no fault when --skip leaves out the 403, 409 and injected checks", async () => {
    const report = await checkAgainst(server.url, [
      "--admin-url",
      server.url,
      "--skip",
      "authorisation,conflict,injected",
    ]);
    expect(failedChecks(report)).toEqual([]);
    expect(report.skipped).toBe(8);
  });

  it("fails the injected checks of a server whose internal errors lose their errorCode, naming it", async () => {
    const proxy = await startBrokenProxy(server.url, {
      response: (answer) => (answer.status === 500 ? withJsonBody(answer, (body) => delete body.errorCode) : answer),
    });
    try {
      const report = await checkAgainst(proxy.baseUrl, ["--admin-url", server.adminUrl, "--only", "injected"]);
      expect(failedChecks(report)).toEqual([
        "injected GetFlexjob 500 (1011)",
        "injected GetFlexjobAllocation 500 (1011)",
        "injected IsAliveAsync 500 (1011)",
      ]);
      expect(reasonOf(report, "injected IsAliveAsync 500 (1011)")).toBe("errorCode undefined (expected 1011)");
      expect(report.results.find((r) => r.name === "injected IsAliveAsync 500 (1011)")?.reproduce).toMatch(
        /^curl -s -X POST '.*\/faults' -H 'content-type: application\/json' --data-binary '\{"match":\{"operationId":"IsAliveAsync",/,
      );
      expect(report.passed).toBe(2);
    } finally {
      await proxy.close();
    }
  });

  it("stops with a usage error naming the admin URL when it cannot put its cases", async () => {
    await expect(checkAgainst(server.url, ["--admin-url", server.url])).rejects.toThrow(
      /^--admin-url PUT \/cases answered 404: /,
    );
  });
});
