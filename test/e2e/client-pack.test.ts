/**
 * The packed packages as consumers get them (packed once per test run by
 * test/fixtures/packed-packages.ts, from the build under packages/):
 * - a project that installs only flexjob-contract's tarball: how little it installs, what it
 *   ships and exports, its types compiled with tsc under four module settings, and the compiled
 *   consumer and README client example run against a reference server;
 * - a project that installs all three tarballs: the bins of flexjob-reference-server and
 *   flexjob-contract-check, and startReferenceServer through flexjob-contract/server.
 * Needs the npm registry or a warm npm cache for the packages' dependencies.
 */
import { execFile, execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { startReferenceServer, type ReferenceServer } from "../../server";
import { CASES, COMPANY } from "../fixtures/sandbox-table";
import { consumerProject, installedPackages, packedPackages, type Tarballs } from "../fixtures/packed-packages";
import { BOTH, CONSUMER, MODULE_SETTINGS, readmeUsage, SANDBOX, tsconfigs } from "./client-pack-consumer";
import { STUB_API } from "./stub-api-consumer";

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, "..", "..");
const TSC = require.resolve("typescript/bin/tsc");
const TYPE_ROOTS = path.join(ROOT, "node_modules", "@types");
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;

interface StubRequest {
  path: string;
  /** null: sent without x-requestId. */
  requestId: string | null;
  body: unknown;
  want: number;
}

const CALLER = { activeOrganisationHeader: { organisationTypeIdentifier: 24, organisationCode: COMPANY } };
const caseBody = (id: string, caller: object = CALLER) => ({
  ...caller,
  getCaseElementRequestType: { caseElementIdentifier: id },
});

/** The requests both servers get, each with fresh ids (the same on both: each keeps its own replay store). */
function stubTable(): { given: string; request: StubRequest }[] {
  const reused = crypto.randomUUID();
  const row = (
    given: string,
    path: string,
    body: unknown,
    want: number,
    requestId: string | null = crypto.randomUUID(),
  ) => ({
    given,
    request: { path, requestId, body, want },
  });
  return [
    row("IsAlive", "/Flexjob/IsAlive", {}, 200),
    row("an offer of the caller's", "/Flexjob/GetFlexjob", caseBody(CASES.offer), 200, reused),
    row("a reused x-requestId", "/Flexjob/GetFlexjob", caseBody(CASES.offer), 412, reused),
    row(
      "a grant of the caller's, the id in capitals",
      "/Flexjob/GetFlexjobAllocation",
      caseBody(CASES.allocation.toUpperCase()),
      200,
    ),
    row(
      "a body that breaks the schema",
      "/Flexjob/GetFlexjob",
      { getCaseElementRequestType: { caseElementIdentifier: 7 } },
      400,
    ),
    row("no x-requestId", "/Flexjob/GetFlexjob", caseBody(CASES.offer), 400, null),
    row("an unknown case", "/Flexjob/GetFlexjob", caseBody(CASES.missing), 404),
    row("another company's case", "/Flexjob/GetFlexjob", caseBody(CASES.foreignOffer), 403),
    row("no caller", "/Flexjob/GetFlexjob", caseBody(CASES.offer, {}), 403),
    row("a grant in status Ukendt", "/Flexjob/GetFlexjobAllocation", caseBody(CASES.unknownGrantStatus), 409),
  ];
}

/** What a client sees of an answer: status, content type, the echoed x-requestId and the body. */
async function exchange(baseUrl: string, request: StubRequest) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (request.requestId !== null) headers["x-requestId"] = request.requestId;
  const response = await fetch(baseUrl + request.path, { method: "POST", headers, body: JSON.stringify(request.body) });
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    echoed: response.headers.get("x-requestid"),
    body: (await response.json()) as unknown,
  };
}

let tarballs: Tarballs;
const projects: string[] = [];

beforeAll(async () => {
  tarballs = await packedPackages();
}, 180_000);

afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Writes the sources and one tsconfig per module setting into the project. */
function writeSources(project: string, files: Record<string, string>, cjs: string[], esm: string[]): void {
  mkdirSync(path.join(project, "src"), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(project, file), text);
  for (const [name, config] of Object.entries(tsconfigs(TYPE_ROOTS, cjs, esm)))
    writeFileSync(path.join(project, `tsconfig.${name}.json`), JSON.stringify(config, null, 2));
}

function compile(project: string, setting: string): { status: number | null; errors: string } {
  const tsc = spawnSync(process.execPath, [TSC, "-p", `tsconfig.${setting}.json`], { cwd: project, encoding: "utf8" });
  return { status: tsc.status, errors: tsc.stdout + tsc.stderr };
}

const runNode = (project: string, args: string[], env: NodeJS.ProcessEnv = {}): string =>
  execFileSync(process.execPath, args, { cwd: project, encoding: "utf8", env: { ...process.env, ...env } });

/** Like runNode, without blocking this process, whose in-process server must answer meanwhile. */
const runNodeAsync = async (project: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> =>
  (
    await promisify(execFile)(process.execPath, args, {
      cwd: project,
      encoding: "utf8",
      env: { ...process.env, ...env },
    })
  ).stdout;

describe("a project that installs only the flexjob-contract tarball", () => {
  let project: string;
  let installed: string;
  let server: ReferenceServer;

  beforeAll(async () => {
    project = consumerProject("flexjob-client-only-", [tarballs["flexjob-contract"]]);
    projects.push(project);
    installed = path.join(project, "node_modules", "flexjob-contract");
    const usage = readmeUsage(readFileSync(path.join(ROOT, "test", "readme", "usage.ts"), "utf8"));
    writeSources(
      project,
      {
        "src/consumer.ts": CONSUMER,
        "src/consumer-esm.mts": CONSUMER,
        "src/readme-usage.ts": usage,
        "src/both.mjs": BOTH,
      },
      ["src/consumer.ts", "src/readme-usage.ts"],
      ["src/consumer-esm.mts"],
    );
    server = await startReferenceServer({ port: 0 });
  }, 180_000);

  afterAll(() => server?.close());

  it("has at most 10 packages in node_modules, none of the server's or the checker's", () => {
    const packages = installedPackages(project);
    expect({ count: packages.length, packages }).toEqual({ count: expect.any(Number), packages: expect.any(Array) });
    expect(packages.length).toBeLessThanOrEqual(10);
    expect(packages).toEqual(expect.arrayContaining(["flexjob-contract", "openapi-fetch", "undici"]));
    const heavy = ["express", "express-openapi-validator", "pino", "redis", "fast-check", "ajv", "node-forge"];
    expect(packages.filter((name) => heavy.includes(name))).toEqual([]);
  });

  it("ships the compiled client, the generated types and the spec, but no TypeScript source and no server", () => {
    for (const file of [
      "dist/client/index.js",
      "dist/client/index.d.ts",
      "dist/client/node.js",
      "dist/client/validate.js",
      "dist/client/raw.js",
      "dist/client/raw.mjs",
      "dist/client/raw.d.ts",
      "dist/esm/client/raw.js",
      "dist/generated/flexjob.d.ts",
      "dist/generated/validators.js",
      "dist/server/contract-package-entry.js",
      "spec/flexjob.yaml",
      "LICENSE",
    ]) {
      expect([file, existsSync(path.join(installed, file))]).toEqual([file, true]);
    }
    const files = readdirSync(installed, { recursive: true }) as string[];
    expect(files.filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))).toEqual([]);
    expect(readdirSync(path.join(installed, "dist"))).toEqual(["client", "core", "esm", "generated", "msw", "server"]);
    expect(readdirSync(path.join(installed, "dist", "server"))).toEqual([
      "contract-package-entry.d.mts",
      "contract-package-entry.d.ts",
      "contract-package-entry.js",
      "contract-package-entry.mjs",
    ]);
    // The ES modules for bundlers hold what runs in a browser only.
    expect(readdirSync(path.join(installed, "dist", "esm"))).toEqual(["client", "core", "generated", "msw"]);
    expect(readdirSync(path.join(installed, "dist", "esm", "client"))).not.toContain("node.js");
  });

  it("exports the spec as flexjob-contract/spec.yaml and flexjob-contract/openapi.json", () => {
    const script = `const fs = require("node:fs");
      console.log(JSON.stringify({ yaml: fs.readFileSync(require.resolve("flexjob-contract/spec.yaml"), "utf8"), json: require("flexjob-contract/openapi.json") }));`;
    const exported = JSON.parse(runNode(project, ["-e", script])) as { yaml: string; json: unknown };
    expect(exported.yaml).toBe(readFileSync(path.join(ROOT, "spec", "flexjob.yaml"), "utf8"));
    expect(exported.json).toEqual(
      JSON.parse(readFileSync(path.join(ROOT, "generated", "flexjob.openapi.json"), "utf8")),
    );
  });

  it("gets from flexjob-contract/server an error that says to install flexjob-reference-server", () => {
    const run = spawnSync(process.execPath, ["-e", 'require("flexjob-contract/server")'], {
      cwd: project,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "flexjob-contract/server needs the flexjob-reference-server package, which is not installed: npm install --save-dev flexjob-reference-server",
    );
  });

  it.each(MODULE_SETTINGS)(
    "compiles with tsc under the %s settings, typed (its @ts-expect-error lines meet errors)",
    (setting) => {
      expect(compile(project, setting)).toEqual({ status: 0, errors: "" });
    },
  );

  describe("compiled, run against a reference server", () => {
    it.each([
      ["CommonJS (node16)", "out-node16/consumer.js"],
      ["ES module (nodenext)", "out-nodenext/consumer-esm.mjs"],
    ])("%s: gets typed data and a typed error from the operations", async (_name, file) => {
      expect(JSON.parse(await runNodeAsync(project, [file, server.url]))).toEqual({
        alive: true,
        caseElementIdentifier: CASES.offer,
        allocationError: { name: "FlexjobApiError", status: 404, errorCode: 80002, guarded: true, instanceOf: true },
        raw: { status: 404, errorCode: 80002 },
      });
    });

    it("an ES module that imports the client and requires it gets one instance: instanceof holds across the two", async () => {
      expect(JSON.parse(await runNodeAsync(project, ["src/both.mjs", server.url]))).toEqual({
        sameClass: true,
        sameFactory: true,
        sameValidator: true,
        instanceOf: true,
        guarded: true,
      });
    });

    it("runs the README's client example", async () => {
      const output = await runNodeAsync(project, ["out-node16/readme-usage.js"], { FLEXJOB_URL: server.url });
      expect(output.trim().split("\n")).toEqual([
        "alive: true",
        expect.stringMatching(new RegExp(`^${CASES.offer}: offer from .+, start \\d{4}-`)),
        `${CASES.allocation}: no such offer`,
        `${CASES.unknownGrantStatus}: the grant's status is 'Ukendt'`,
        expect.stringMatching(new RegExp(`^grant of offer ${CASES.offer}: [\\d.]+ h/week from \\d{4}-`)),
      ]);
    });
  });
});

describe("a project that installs the flexjob-contract, flexjob-reference-server and flexjob-contract-check tarballs", () => {
  let project: string;
  const bin = (name: string): string => path.join(project, "node_modules", ".bin", name);

  beforeAll(() => {
    project = consumerProject("flexjob-server-checker-", Object.values(tarballs));
    projects.push(project);
    writeSources(
      project,
      { "src/sandbox.ts": SANDBOX, "src/sandbox-esm.mts": SANDBOX, "src/stub-api.ts": STUB_API },
      ["src/sandbox.ts"],
      ["src/sandbox-esm.mts"],
    );
  }, 180_000);

  it.each(["flexjob-reference-server", "flexjob-contract-check"])(
    "has the bin %s, which prints the package's version",
    (name) => {
      const run = spawnSync(bin(name), ["--version"], { cwd: project, encoding: "utf8" });
      expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
        status: 0,
        stdout: expect.stringContaining(VERSION),
        stderr: "",
      });
    },
  );

  describe("flexjob-reference-server, started with the bin", () => {
    let server: ChildProcess;
    let baseUrl: string;
    beforeAll(async () => {
      server = spawn(bin("flexjob-reference-server"), ["--port", "0"], {
        cwd: project,
        stdio: ["ignore", "pipe", "inherit"],
      });
      baseUrl = await listeningUrl(server);
    }, 30_000);
    afterAll(() => stop(server));

    describe("and an implementation of its own on createFlexjobApp, compiled under strict and started", () => {
      let stub: ChildProcess;
      let stubUrl: string;
      let stubLog = "";
      beforeAll(async () => {
        // Strict, on its own: the package's declarations are checked (skipLibCheck off) by the compiles above.
        const { compilerOptions } = tsconfigs(TYPE_ROOTS, [], []).node16 as { compilerOptions: object };
        const config = {
          compilerOptions: { ...compilerOptions, skipLibCheck: true, outDir: "out-stub" },
          files: ["src/stub-api.ts"],
        };
        writeFileSync(path.join(project, "tsconfig.stub.json"), JSON.stringify(config));
        expect(compile(project, "stub")).toEqual({ status: 0, errors: "" });
        const cases = path.join(project, "node_modules", "flexjob-reference-server", "server", "sandbox", "cases");
        stub = spawn(process.execPath, ["out-stub/stub-api.js", cases], {
          cwd: project,
          stdio: ["ignore", "pipe", "pipe"],
        });
        stub.stdout?.on("data", (chunk: Buffer) => (stubLog += chunk.toString("utf8")));
        stubUrl = await listeningUrl(stub);
      }, 60_000);
      afterAll(() => stop(stub));

      it.each(stubTable())("answers $given exactly as the reference server does", async ({ request }) => {
        const [ours, reference] = [await exchange(stubUrl, request), await exchange(baseUrl, request)];
        expect(ours).toEqual(reference);
        expect(ours.status).toBe(request.want);
      });

      it("answers 500 / 1011 when a handler throws, without the error's text, and logs the error's kind", async () => {
        const requestId = crypto.randomUUID();
        const answer = await exchange(stubUrl, {
          path: "/Flexjob/GetFlexjob",
          requestId,
          body: {
            ...CALLER,
            getCaseElementRequestType: { caseElementIdentifier: "deaddead-dead-4ead-8ead-deaddeaddead" },
          },
          want: 500,
        });
        expect(answer).toEqual({
          status: 500,
          type: "application/problem+json; charset=utf-8",
          echoed: requestId,
          body: {
            type: "urn:flexjob-contract:problem:internal-error",
            title: "Internal error",
            status: 500,
            detail: "The server failed unexpectedly.",
            errorCode: 1011,
            requestId,
          },
        });
        // The log line is written as the answer ends; the client may read the answer first.
        for (let waited = 0; !stubLog.includes('"errorKind":"Error"') && waited < 5_000; waited += 50)
          await new Promise((resolve) => setTimeout(resolve, 50));
        expect(stubLog).toContain('"errorKind":"Error"');
        expect(stubLog).not.toContain("0101901234");
      });
    });

    it("passes flexjob-contract-check, run with its bin", () => {
      const run = spawnSync(bin("flexjob-contract-check"), ["--base-url", baseUrl, "--runs", "2"], {
        cwd: project,
        encoding: "utf8",
      });
      expect({ status: run.status, summary: /^\d+ passed, 0 failed, 0 skipped$/m.test(run.stdout) }).toEqual({
        status: 0,
        summary: true,
      });
    });
  });

  it("checks a --fixtures case although it trusts the bundled cases the build validated (exit 2)", () => {
    const dir = path.join(ROOT, "test", "fixtures", "bad-cases", "schema-violation");
    const run = spawnSync(bin("flexjob-reference-server"), ["--fixtures", dir, "--port", "0"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(path.join(dir, "case-8-offer.json"));
  });

  it("writes the sandbox certificates with flexjob-sandbox-certs", () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "flexjob-packed-certs-")), "certs");
    try {
      const run = spawnSync(bin("flexjob-sandbox-certs"), [dir], { encoding: "utf8" });
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
      expect(readdirSync(dir)).toEqual(expect.arrayContaining(["ca.crt", "server.crt", "server.key"]));
    } finally {
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });

  it.each([
    ["CommonJS (node16)", "node16", "out-node16/sandbox.js"],
    ["ES module (nodenext)", "nodenext", "out-nodenext/sandbox-esm.mjs"],
  ])("%s: compiles startReferenceServer from flexjob-contract/server, typed, and drives it", (_name, setting, file) => {
    expect(compile(project, setting)).toEqual({ status: 0, errors: "" });
    // The retry after the fault, newest first; /docs served from the package's own copy of Redoc.
    expect(JSON.parse(runNode(project, [file]))).toEqual({ statuses: [200, 503], docsBundle: 200 });
  });
});

/** The url of the server's "listening on" log line (pino JSON on stdout). */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      buffered += chunk.toString("utf8");
      const match = /"url":"(http:\/\/[^"]+)"/.exec(buffered);
      if (match?.[1]) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`the server bin exited with ${code} before listening: ${buffered}`)));
  });
}

function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
