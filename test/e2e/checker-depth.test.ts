/**
 * The checker's baselines, coverage threshold, HAR files, header and colours, each against a
 * deliberately broken server (test/broken-servers/) and the reference server: the command line's
 * own main() in process, except for colours, which need a real terminal (a pseudo-terminal made
 * by util-linux's `script`) and a piped process.
 */
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { main } from "../../checker/cli";
import { shellQuote } from "../../checker/curl";
import { CPR_SHAPED } from "../../generated/contract";
import { createApp } from "../../server/sandbox/create-app";
import { startBrokenServer, type Defect, type RunningServer } from "../broken-servers/broken-server";
import { CLI, runCli } from "../broken-servers/cli";
import * as defects from "../broken-servers/defects";
import { SANDBOX_DIR } from "../fixtures/server-kit";
import { tempDirs } from "../fixtures/temp-dirs";

const tempDir = tempDirs();

jest.setTimeout(60_000);

const OPERATIONS = ["GetFlexjob", "GetFlexjobAllocation", "IsAliveAsync"];
const REPLAY_IDS = [
  ...OPERATIONS.map((op) => `replay/${op}/same-id-twice`),
  "replay/GetFlexjob/then-GetFlexjobAllocation",
  "replay/GetFlexjobAllocation/then-IsAliveAsync",
  "replay/IsAliveAsync/then-GetFlexjob",
  "replay/GetFlexjob/after-rejected",
].sort();

const dir = tempDir("checker-depth-");
const file = (name: string) => path.join(dir, name);

interface Run {
  code: number;
  out: string;
  err: string;
}

/** The command line in process, with a fixed seed and few generated requests. */
async function check(baseUrl: string, args: readonly string[]): Promise<Run> {
  let out = "";
  let err = "";
  const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t) };
  const code = await main(["--base-url", baseUrl, "--seed", "42", "--runs", "2", ...args], io);
  return { code, out, err };
}

const lines = (text: string) => text.trimEnd().split("\n");

let reference: Server;
let referenceUrl: string;
let replaying: RunningServer;
const started: RunningServer[] = [];

async function broken(defect: Defect): Promise<string> {
  const server = await startBrokenServer(defect);
  started.push(server);
  return server.baseUrl;
}

beforeAll(async () => {
  reference = createApp({ validateResponses: true }).listen(0, "127.0.0.1");
  await new Promise((resolve) => reference.once("listening", resolve));
  referenceUrl = `http://127.0.0.1:${(reference.address() as AddressInfo).port}`;
  replaying = await startBrokenServer(defects.replayAccepted);
  started.push(replaying);
});

afterAll(async () => {
  await Promise.all(started.map((server) => server.close()));
  reference.closeAllConnections();
  await new Promise((resolve) => reference.close(resolve));
});

describe("flexjob-contract-check --write-baseline and --baseline", () => {
  const baseline = file("baseline.json");

  it("--write-baseline records the failing checks by id, and the run passes", async () => {
    const run = await check(replaying.baseUrl, ["--only", "replay", "--write-baseline", baseline, "--seed", "1"]);
    expect(run.code).toBe(0);
    const written = JSON.parse(readFileSync(baseline, "utf8")) as { failures: { id: string; name: string }[] };
    expect(written.failures.map((f) => f.id)).toEqual(REPLAY_IDS);
    expect(lines(run.out)).toContain(`wrote --write-baseline ${baseline}: 7 failures`);
  });

  it("--baseline passes while only those fail, with another seed, and JUnit agrees", async () => {
    const junit = file("known.xml");
    const run = await check(replaying.baseUrl, [
      "--only",
      "replay",
      "--baseline",
      baseline,
      "--seed",
      "2",
      "--junit",
      junit,
    ]);
    expect(run.code).toBe(0);
    expect(lines(run.out)).toContain(
      "FAIL  replay GetFlexjob same x-requestId twice: status 200 (expected 412) (known: in the baseline)",
    );
    expect(lines(run.out)).toContain(`baseline ${baseline}: 7 known failures still fail, 0 fixed, 0 new`);
    expect(readFileSync(junit, "utf8")).toMatch(/ failures="0" errors="0" skipped="\d+"/);
  });

  it("--baseline reports each known failure that passes now as fixed", async () => {
    const run = await check(referenceUrl, ["--only", "replay", "--baseline", baseline]);
    expect(run.code).toBe(0);
    expect(lines(run.out)).toContain(
      `baseline ${baseline}: 0 known failures still fail, 7 fixed (${REPLAY_IDS.join(", ")}), 0 new`,
    );
  });

  it("--baseline fails the run on a failure it does not list, naming it", async () => {
    const url = await broken(defects.internalErrorOnMalformedJson);
    const run = await check(url, ["--only", "replay,negative", "--baseline", baseline]);
    expect(run.code).toBe(1);
    const added = OPERATIONS.map((op) => `negative/${op}/malformed-json`).join(", ");
    expect(lines(run.out)).toContain(
      `baseline ${baseline}: 0 known failures still fail, 7 fixed (${REPLAY_IDS.join(", ")}), 3 new (${added})`,
    );
  });

  it("--baseline stops with exit 2, before any request, on a file that is no baseline", async () => {
    writeFileSync(file("not-a-baseline.json"), '{"known": []}');
    const run = await check("http://127.0.0.1:9", ["--baseline", file("not-a-baseline.json")]);
    expect(run).toEqual({
      code: 2,
      out: "",
      err: `flexjob-contract-check: --baseline ${file("not-a-baseline.json")} must hold {"failures": [{"id": "..."}]}, as --write-baseline writes it\nRun flexjob-contract-check --help for the options.\n`,
    });
  });
});

describe("flexjob-contract-check --min-coverage", () => {
  it("fails a run that reaches fewer documented outcomes, though every failure is known", async () => {
    const baseline = file("replays.json");
    await check(replaying.baseUrl, ["--only", "replay", "--write-baseline", baseline]);
    const under = await check(replaying.baseUrl, [
      "--skip",
      "negative",
      "--baseline",
      baseline,
      "--min-coverage",
      "50",
    ]);
    expect(under.code).toBe(1);
    // The server never answers 412, and no request was made to give 413, 415 or 500.
    expect(lines(under.out)).toContain("  GetFlexjob 412                    not reached");
    expect(lines(under.out).at(-1)).toBe("11 of 25 documented outcomes reached (44%), under --min-coverage 50");
    const met = await check(replaying.baseUrl, [
      "--skip",
      "negative",
      "--baseline",
      baseline,
      "--min-coverage",
      "44",
      "--json",
    ]);
    expect(met.code).toBe(0);
    expect((JSON.parse(met.out) as { coverage: unknown }).coverage).toMatchObject({
      reached: 11,
      total: 25,
      percent: 44,
      minimum: 44,
      met: true,
    });
    expect(lines(met.err).at(-1)).toBe("11 of 25 documented outcomes reached (44%), --min-coverage 44 met");
  });

  it("refuses a threshold that is no percentage (exit 2)", async () => {
    const run = await check(referenceUrl, ["--min-coverage", "101"]);
    expect({ code: run.code, err: lines(run.err)[0] }).toEqual({
      code: 2,
      err: 'flexjob-contract-check: --min-coverage must be a percentage from 0 to 100; got "101"',
    });
  });
});

describe("flexjob-contract-check --har", () => {
  interface Har {
    log: {
      pages: { id: string; title: string }[];
      entries: {
        pageref: string;
        request: { url: string; postData?: { text: string } };
        response: { status: number; content: { text: string } };
      }[];
    };
  }
  const readHar = (at: string) => JSON.parse(readFileSync(at, "utf8")) as Har;

  it("writes every failing exchange: one page per failing check, the exchange that shows it", async () => {
    const url = await broken(defects.internalErrorOnMalformedJson);
    const har = file("malformed.har");
    const run = await check(url, ["--only", "negative", "--har", har]);
    expect(run.code).toBe(1);
    const { log } = readHar(har);
    expect(log.pages.map((p) => p.id)).toEqual(OPERATIONS.map((op) => `negative/${op}/malformed-json`));
    // The shrunk counterexample only, not the passing requests before it.
    expect(log.entries.map((e) => e.pageref)).toEqual(log.pages.map((p) => p.id));
    for (const entry of log.entries) {
      expect(entry.response.status).toBe(500);
      expect(() => JSON.parse(entry.request.postData!.text)).toThrow();
    }
  });

  it("withholds CPR-shaped values, as the server's log does", async () => {
    const caseFile = readFileSync(path.join(SANDBOX_DIR, "case-1-offer.json"), "utf8");
    expect(caseFile).toMatch(CPR_SHAPED.pattern);
    const url = await broken(defects.missingRequiredElement);
    const har = file("missing.har");
    const run = await check(url, ["--only", "positive", "--har", har]);
    expect(run.code).toBe(1);
    const { log } = readHar(har);
    expect(log.pages.map((p) => p.id)).toEqual([
      "positive/GetFlexjob/11111111-1111-4111-8111-111111111111",
      "positive/GetFlexjob/22222222-2222-4222-8222-222222222222",
    ]);
    const answer = log.entries[0]!.response.content.text;
    expect(JSON.parse(answer)).toMatchObject({
      flexjobRequestResponseType: { caseElementIdentifier: expect.any(String) },
    });
    expect(answer).toContain(CPR_SHAPED.placeholder);
    // Page ids are check ids (the sandbox's case ids are CPR-shaped themselves); the exchanges hold no run.
    const exchanges = log.entries.map(({ request, response }) => ({ request, response }));
    expect(JSON.stringify(exchanges)).not.toMatch(CPR_SHAPED.pattern);
  });

  it("is written with no entry when every check passes, and names a file it cannot write (exit 2)", async () => {
    const har = file("none.har");
    expect((await check(referenceUrl, ["--only", "method", "--har", har])).code).toBe(0);
    expect(readHar(har).log).toMatchObject({ pages: [], entries: [] });
    const run = await check(referenceUrl, ["--only", "method", "--har", path.join(har, "inside-a-file.har")]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^flexjob-contract-check: cannot write --har .*inside-a-file\.har: /);
  });
});

describe("flexjob-contract-check output", () => {
  it("names the spec and its version once in the header", async () => {
    const run = await check(referenceUrl, ["--only", "method"]);
    expect(lines(run.out)[0]).toBe(
      `flexjob-contract-check: ${referenceUrl} against spec/flexjob.yaml version 1 (2025-1) (seed 42, --runs 2)`,
    );
  });

  /** The command line in a pseudo-terminal: what `script` prints is what the terminal showed. */
  function inTerminal(args: readonly string[], env: Record<string, string> = {}): Promise<string> {
    const command = [process.execPath, ...CLI, ...args].map(shellQuote).join(" ");
    const { FORCE_COLOR: _force, NO_COLOR: _none, ...inherited } = process.env;
    return new Promise((resolve, reject) =>
      execFile(
        "script",
        ["-qec", command, "/dev/null"],
        { env: { ...inherited, TERM: "xterm", ...env } },
        (error, stdout) => (error ? reject(new Error(`script exited ${error.code}: ${stdout}`)) : resolve(stdout)),
      ),
    );
  }

  const args = () => ["--base-url", referenceUrl, "--only", "method", "--runs", "1"];
  const GREEN_PASS = "\u001b[32mPASS\u001b[39m  method GetFlexjob GET";

  it("is coloured on a terminal", async () => {
    expect(await inTerminal(args())).toContain(GREEN_PASS);
  });

  it("has no colour on a terminal when NO_COLOR is set, nor when piped, unless FORCE_COLOR asks", async () => {
    const [noColour, piped, forced] = await Promise.all([
      inTerminal(args(), { NO_COLOR: "1" }),
      runCli(args()),
      runCli(args(), { FORCE_COLOR: "1" }),
    ]);
    expect(noColour).toContain("PASS  method GetFlexjob GET");
    expect(noColour).not.toContain("\u001b[");
    expect(piped.stdout).toContain("\nPASS  method GetFlexjob GET");
    expect(piped.stdout).not.toContain("\u001b[");
    expect(forced.stdout).toContain(GREEN_PASS);
  });
});
