/**
 * The checker with --admin-url: against a reference server whose cases hold no foreign case and
 * no case in status Ukendt, the 403 and 409 checks pass with the cases the checker puts through
 * the admin listener, which it removes afterwards. The server runs with its admin listener and
 * CORS on, and every check passes.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startReferenceServer, type ReferenceServerWithAdmin } from "../../server";
import { checkAgainst, failedChecks } from "../broken-servers/check-against";
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

  it("with it, every check passes, and the checker's cases are gone afterwards", async () => {
    const report = await checkAgainst(server.url, ["--admin-url", server.adminUrl]);
    expect(failedChecks(report)).toEqual([]);
    expect(new Set(report.results.map((r) => r.group))).toEqual(
      new Set(["positive", "replay", "header", "negative", "not-found", "authorisation", "conflict", "method"]),
    );
    const listed = await adminOf(server.adminUrl)("GET", "/cases");
    expect(listed.body.cases.filter((c: { source: string }) => c.source === "run-time")).toEqual([]);
    expect(listed.body.cases).toHaveLength(4);
  });

  it("puts no case when --skip leaves out the 403 and 409 checks", async () => {
    const report = await checkAgainst(server.url, ["--admin-url", server.url, "--skip", "authorisation,conflict"]);
    expect(failedChecks(report)).toEqual([]);
    expect(report.skipped).toBe(3);
  });

  it("stops with a usage error naming the admin URL when it cannot put its cases", async () => {
    await expect(checkAgainst(server.url, ["--admin-url", server.url])).rejects.toThrow(
      /^--admin-url PUT \/cases answered 404: /,
    );
  });
});
