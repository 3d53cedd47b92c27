/**
 * Checks left out are counted and shown as skipped, never dropped: a case given as `none`, and the
 * groups --only and --skip leave out, appear as SKIP lines with the reason, in the summary
 * `N passed, M failed, K skipped`, in the JSON report and as JUnit `<skipped>`.
 */
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { CHECK_GROUPS } from "../../checker/context";
import { parseCommand } from "../../checker/options";
import { allChecks as checksOf, createContext } from "../../checker/run";
import { createApp } from "../../server/sandbox/create-app";
import { checkAgainst } from "../broken-servers/check-against";
import { runCli, summaryOf } from "../broken-servers/cli";
import { tempDirs } from "../fixtures/temp-dirs";

const tempDir = tempDirs();

let server: Server;
let baseUrl: string;
let allChecks: number;

jest.setTimeout(60_000);

beforeAll(async () => {
  server = createApp({ validateResponses: true }).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const command = parseCommand(["--base-url", baseUrl]);
  if (command.print) throw new Error("unexpected --help");
  allChecks = checksOf(createContext(command.options)).length;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("flexjob-contract-check skipped checks", () => {
  it("--forbidden-case none: a SKIP line with the reason and the check counted as skipped", async () => {
    const run = await runCli(["--base-url", baseUrl, "--runs", "1", "--forbidden-case", "none"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("\nSKIP  authorisation GetFlexjob foreign case: left out by --forbidden-case none\n");
    expect(summaryOf(run.stdout)).toBe(`${allChecks - 1} passed, 0 failed, 1 skipped`);
  });

  it("--only: every check of the other groups skipped, in the JSON report and the JUnit file", async () => {
    const file = path.join(tempDir("checker-"), "junit.xml");
    const run = await runCli(
      ["--base-url", baseUrl, "--runs", "1", "--only", "positive,not-found", "--json"].concat(["--junit", file]),
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      passed: number;
      skipped: number;
      checks: { group: string; status: string; reason: string }[];
    };
    const ran = report.checks.filter((c) => c.status !== "skipped");
    expect(new Set(ran.map((c) => c.group))).toEqual(new Set(["positive", "not-found"]));
    expect(ran.every((c) => c.status === "passed")).toBe(true);
    expect(report.checks).toHaveLength(allChecks);
    expect(report.skipped).toBe(allChecks - ran.length);
    expect(report.checks.filter((c) => c.status === "skipped").map((c) => c.reason)).toEqual(
      Array(report.skipped).fill("left out by --only positive,not-found"),
    );
    expect(summaryOf(run.stderr)).toBe(`${ran.length} passed, 0 failed, ${report.skipped} skipped`);
    const xml = readFileSync(file, "utf8");
    expect(xml).toContain(`tests="${allChecks}" failures="0" errors="0" skipped="${report.skipped}"`);
    expect(xml.match(/<skipped message="left out by --only positive,not-found"\/>/g)).toHaveLength(report.skipped);
  });

  it("--skip: the groups named are skipped, every other group runs", async () => {
    const report = await checkAgainst(baseUrl, ["--runs", "1", "--skip", "negative,replay"]);
    const byGroup = (status: string) => new Set(report.results.filter((r) => r.status === status).map((r) => r.group));
    expect(byGroup("skipped")).toEqual(new Set(["negative", "replay"]));
    // The injected checks exist only with --admin-url.
    const running = CHECK_GROUPS.filter((g) => !["negative", "replay", "injected"].includes(g));
    expect(byGroup("passed")).toEqual(new Set(running));
    expect(report.failed).toBe(0);
    expect(report.passed + report.skipped).toBe(allChecks);
  });
});
