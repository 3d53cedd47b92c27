/**
 * The checker against the reference server (createApp on port 0, response validation on): every
 * check passes, in process and through the bin shim, in each output format.
 */
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createApp } from "../../server/sandbox/create-app";
import { checkAgainst } from "../broken-servers/check-against";
import { runCli, summaryOf } from "../broken-servers/cli";
import { PACKAGE_VERSION } from "../fixtures/server-kit";
import { tempDirs } from "../fixtures/temp-dirs";

const tempDir = tempDirs();

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createApp({ validateResponses: true }).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("flexjob-contract-check against the reference server", () => {
  it("passes every check of every group", async () => {
    const report = await checkAgainst(baseUrl, ["--runs", "25"]);
    const failures = report.results.filter((r) => r.status === "failed").map((r) => `${r.name}: ${r.reason}`);
    expect(failures).toEqual([]);
    expect(new Set(report.results.map((r) => r.group))).toEqual(
      new Set(["positive", "replay", "header", "negative", "not-found", "authorisation", "conflict", "method"]),
    );
    expect(report.passed).toBe(report.results.length);
  });

  it("prints one PASS line per check and the summary alone on the last line, exit 0", async () => {
    const run = await runCli(["--base-url", baseUrl, "--runs", "3"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    const checkLines = lines.filter((l) => /^(PASS|FAIL) {2}/.test(l));
    expect(checkLines.length).toBeGreaterThan(40);
    expect(checkLines.every((l) => l.startsWith("PASS"))).toBe(true);
    expect(summaryOf(run.stdout)).toBe(`${checkLines.length} passed, 0 failed, 0 skipped`);
  });

  it("with --json prints only the JSON report on stdout, and progress on stderr", async () => {
    const run = await runCli(["--base-url", baseUrl, "--runs", "2", "--seed", "7", "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      seed: number;
      passed: number;
      failed: number;
      checks: { status: string }[];
    };
    expect(report).toMatchObject({ checkerVersion: PACKAGE_VERSION, baseUrl, seed: 7, runs: 2, failed: 0, skipped: 0 });
    expect(report.passed).toBe(report.checks.length);
    expect(report.checks.every((c) => c.status === "passed")).toBe(true);
    expect(summaryOf(run.stderr)).toBe(`${report.passed} passed, 0 failed, 0 skipped`);
  });

  it("with --junit writes one testcase per check and no failure", async () => {
    const file = path.join(tempDir("checker-"), "reports", "contract.xml");
    const run = await runCli(["--base-url", baseUrl, "--runs", "2", "--junit", file]);
    expect(run.code).toBe(0);
    const xml = readFileSync(file, "utf8");
    const passed = Number(/^(\d+) passed/.exec(summaryOf(run.stdout))?.[1]);
    expect(xml).toContain(
      `<testsuite name="flexjob-contract-check" tests="${passed}" failures="0" errors="0" skipped="0"`,
    );
    expect(xml).toContain(`<property name="checkerVersion" value="${PACKAGE_VERSION}"/>`);
    expect(xml.match(/<testcase /g)).toHaveLength(passed);
    expect(xml).not.toContain("<failure");
  });
});
