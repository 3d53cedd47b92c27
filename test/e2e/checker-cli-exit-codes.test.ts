/** The checker's exit codes, which scripts rely on: 0 all passed, 1 a check failed, 2 bad usage or no server. */
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { startBrokenServer } from "../broken-servers/broken-server";
import { runCli, summaryOf } from "../broken-servers/cli";
import { PACKAGE_VERSION } from "../fixtures/server-kit";
import { replayAccepted } from "../broken-servers/defects";
import { tempDirs } from "../fixtures/temp-dirs";

const tempDir = tempDirs();

/** A port nothing listens on: taken from the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("flexjob-contract-check exit codes", () => {
  it.each([
    { given: [], want: "--base-url is required" },
    { given: ["--base-url", "localhost:8080"], want: "--base-url must be an http or https URL" },
    { given: ["--base-url", "not a url"], want: "--base-url must be an absolute http(s) URL" },
    {
      given: ["--base-url", "http://127.0.0.1:8080", "--runs", "0"],
      want: '--runs must be a whole number from 1 to 100000; got "0"',
    },
    {
      given: ["--base-url", "http://127.0.0.1:8080", "--offer-case", "42"],
      want: '--offer-case must be a uuid; got "42"',
    },
    { given: ["--base-url", "http://127.0.0.1:8080", "--colour"], want: "Unknown option '--colour'" },
    {
      given: ["--base-url", "http://127.0.0.1:8080", "--only", "positive,headers"],
      want: '--only takes check groups, comma-separated, from positive, replay, header, negative, not-found, authorisation, conflict, method, injected; got "headers"',
    },
    {
      given: ["--base-url", "http://127.0.0.1:8080", "--only", "positive", "--skip", "replay"],
      want: "give either --only or --skip, not both",
    },
  ])("exits 2 with a message for bad arguments $given", async ({ given, want }) => {
    const run = await runCli(given);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(want);
    expect(run.stdout).toBe("");
  });

  it("exits 2 naming the URL when nothing answers there", async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const run = await runCli(["--base-url", url]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot reach --base-url ${url}: `);
    expect(run.stderr).toContain("ECONNREFUSED");
    expect(run.stdout).toBe("");
  });

  it("exits 0 with the usage for --help", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: flexjob-contract-check --base-url URL/);
  });

  it("exits 0 with the package's version for --version", async () => {
    const run = await runCli(["--version"]);
    expect(run).toEqual({ code: 0, stdout: `${PACKAGE_VERSION}\n`, stderr: "" });
  });

  it("exits 1 when a check fails, with FAIL lines, the reproduce command, the summary and JUnit failures", async () => {
    const server = await startBrokenServer(replayAccepted);
    try {
      const file = path.join(tempDir("checker-"), "junit.xml");
      const run = await runCli(["--base-url", server.baseUrl, "--runs", "2", "--junit", file]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(
        "FAIL  replay GetFlexjob same x-requestId twice: status 200 (expected 412)\n      reproduce:\n        ",
      );
      expect(summaryOf(run.stdout)).toMatch(/^\d+ passed, 7 failed, 0 skipped$/);
      const xml = readFileSync(file, "utf8");
      expect(xml.match(/<failure message="status 200 \(expected 412\)">/g)).toHaveLength(7);
    } finally {
      await server.close();
    }
  });
});
