/**
 * `flexjob-reference-server init-stub`, as an implementer runs it: the bin of the installed server
 * tarball writes a project into a new folder, with --tarballs pointing at this run's packed
 * tarballs (test/fixtures/packed-packages.ts); the project installs, type-checks under strict with
 * its own tsc, builds and starts; the contract checker installed from its tarball, run by the
 * project's `check` script, passes every check that needs no case, fails those that need a
 * sandbox case with 404, and skips the rest; SIGTERM stops it with exit 0. Also the command's
 * usage errors, each one line with exit code 2. One install of the server tarball (the tool) and
 * one of the stub serve the whole file. Needs the npm registry or a warm npm cache.
 */
import { execFileSync, spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { consumerProject, packedPackages, type Tarballs } from "../fixtures/packed-packages";

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, "..", "..");
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const TEMPLATE = path.join(ROOT, "server", "stub", "template");
const OFFER_CASE = "11111111-1111-4111-8111-111111111111";

let tarballs: Tarballs;
let tool: string;
let scratch: string;
const bin = (): string => path.join(tool, "node_modules", ".bin", "flexjob-reference-server");

/** The files and folders under `dir`, relative to it, without node_modules/ and dist/. */
function listing(dir: string, under = ""): string[] {
  return readdirSync(path.join(dir, under), { withFileTypes: true })
    .filter((entry) => !["node_modules", "dist"].includes(entry.name))
    .flatMap((entry) => {
      const name = path.posix.join(under, entry.name);
      return entry.isDirectory() ? [name, ...listing(dir, name)] : [name];
    })
    .sort();
}

function initStub(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(bin(), ["init-stub", ...args], { cwd: scratch, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  tarballs = await packedPackages();
  tool = consumerProject("flexjob-stub-tool-", [tarballs["flexjob-reference-server"]]);
  scratch = mkdtempSync(path.join(os.tmpdir(), "flexjob-stub-"));
}, 180_000);

afterAll(() => [tool, scratch].forEach((dir) => dir && rmSync(dir, { recursive: true, force: true })));

describe("init-stub DIR --tarballs DIR", () => {
  let stub: string;
  /** `npm run build`: the project's own tsc under its strict tsconfig, type-checking as it compiles. */
  let build: { status: number | null; output: string };
  const npm = (args: string[]) => execFileSync("npm", args, { cwd: stub, encoding: "utf8", stdio: "pipe" });
  const tsc = (project: string) =>
    spawnSync(process.execPath, [path.join(stub, "node_modules", "typescript", "bin", "tsc"), "-p", project], {
      cwd: stub,
      encoding: "utf8",
    });

  beforeAll(() => {
    stub = path.join(scratch, "my-flexjob");
    const run = initStub([stub, "--tarballs", path.dirname(tarballs["flexjob-reference-server"])]);
    if (run.status !== 0) throw new Error(`init-stub exited ${run.status}: ${run.stderr}`);
    npm(["install", "--prefer-offline", "--no-audit", "--no-fund"]);
    const built = spawnSync("npm", ["run", "--silent", "build"], { cwd: stub, encoding: "utf8" });
    build = { status: built.status, output: built.stdout + built.stderr };
  }, 180_000);

  it("writes the project, with the tarballs in vendor/ as its dependencies and the template's sources", () => {
    expect(listing(stub)).toEqual(
      [
        ".gitignore",
        "README.md",
        "package-lock.json",
        "package.json",
        "src",
        "src/handlers.ts",
        "src/main.ts",
        "tsconfig.json",
        "vendor",
        `vendor/flexjob-contract-check-${VERSION}.tgz`,
        `vendor/flexjob-reference-server-${VERSION}.tgz`,
      ].sort(),
    );
    const manifest = JSON.parse(readFileSync(path.join(stub, "package.json"), "utf8"));
    expect(manifest).toMatchObject({
      name: "my-flexjob",
      private: true,
      scripts: { build: expect.any(String), typecheck: expect.any(String), start: "node dist/main.js" },
      dependencies: { "flexjob-reference-server": `file:vendor/flexjob-reference-server-${VERSION}.tgz` },
      devDependencies: { "flexjob-contract-check": `file:vendor/flexjob-contract-check-${VERSION}.tgz` },
    });
    expect(JSON.parse(readFileSync(path.join(stub, "tsconfig.json"), "utf8")).compilerOptions.strict).toBe(true);
    for (const file of ["src/handlers.ts", "src/main.ts"])
      expect(readFileSync(path.join(stub, file), "utf8")).toBe(readFileSync(path.join(TEMPLATE, file), "utf8"));
  });

  it("type-checks and builds under strict with its own tsc, the TypeScript this repository pins", () => {
    const installed = JSON.parse(readFileSync(path.join(stub, "node_modules", "typescript", "package.json"), "utf8"));
    const pinned = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).devDependencies.typescript;
    expect(installed.version).toBe(pinned);
    expect(build).toEqual({ status: 0, output: "" });
    expect(listing(path.join(stub, "dist"))).toEqual(["handlers.js", "main.js"]);
  });

  it("has handlers typed from the installed package: a missing operation and an undeclared status do not compile", () => {
    mkdirSync(path.join(stub, "probe"), { recursive: true });
    writeFileSync(
      path.join(stub, "tsconfig.probe.json"),
      JSON.stringify({
        extends: "./tsconfig.json",
        compilerOptions: { noEmit: true, rootDir: "." },
        include: ["probe"],
      }),
    );
    writeFileSync(
      path.join(stub, "probe", "misuse.ts"),
      `import type { Handlers } from "flexjob-reference-server";
import { handlers } from "../src/handlers";

export const missing = {
  GetFlexjob: handlers.GetFlexjob,
  GetFlexjobAllocation: handlers.GetFlexjobAllocation,
  // @ts-expect-error IsAliveAsync is missing
} satisfies Handlers;

export const undeclared = {
  ...handlers,
  // @ts-expect-error 418 is no status the spec declares for IsAliveAsync
  IsAliveAsync: async () => ({ status: 418, body: { isAliveResponseType: { isAlive: true } } }),
} satisfies Handlers;
`,
    );
    // An unused @ts-expect-error is an error itself: were Handlers any, this would not compile.
    const run = tsc("tsconfig.probe.json");
    expect({ status: run.status, output: run.stdout + run.stderr }).toEqual({ status: 0, output: "" });
  });

  describe("built and started", () => {
    let server: ChildProcessWithoutNullStreams;
    let url: string;
    let exited: Promise<number | null>;
    let stdout = "";

    beforeAll(async () => {
      server = spawn(process.execPath, ["dist/main.js"], { cwd: stub, env: { ...process.env, PORT: "0" } });
      server.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
      // "close", not "exit": it comes once stdout is read to the end, so the last log line is in.
      exited = new Promise((resolve) => server.once("close", resolve));
      url = await listeningUrl(server);
    }, 60_000);

    afterAll(() => {
      if (server?.exitCode === null) server.kill("SIGKILL");
    });

    it("answers IsAlive 200 and every case 404 / 80002, with the error table's Problem", async () => {
      const post = (operation: string, body: unknown) =>
        fetch(`${url}/Flexjob/${operation}`, {
          method: "POST",
          headers: { "x-requestId": "stub-test-1", "content-type": "application/json" },
          body: JSON.stringify(body),
        });
      const alive = await post("IsAlive", {});
      expect({ status: alive.status, body: await alive.json() }).toEqual({
        status: 200,
        body: { isAliveResponseType: { isAlive: true } },
      });
      const offer = await fetch(`${url}/Flexjob/GetFlexjob`, {
        method: "POST",
        headers: { "x-requestId": "stub-test-2", "content-type": "application/json" },
        body: JSON.stringify({
          activeOrganisationHeader: { organisationTypeIdentifier: 24, organisationCode: "12345674" },
          getCaseElementRequestType: { caseElementIdentifier: OFFER_CASE },
        }),
      });
      expect({
        status: offer.status,
        type: offer.headers.get("content-type"),
        requestId: offer.headers.get("x-requestId"),
        body: await offer.json(),
      }).toEqual({
        status: 404,
        type: "application/problem+json; charset=utf-8",
        requestId: "stub-test-2",
        body: {
          type: "urn:flexjob-contract:problem:case-not-found",
          title: "Bevillingen kunne ikke findes.",
          status: 404,
          detail: "No case with this caseElementIdentifier for this operation.",
          errorCode: 80002,
          requestId: "stub-test-2",
        },
      });
    });

    it("prints the 404 / 80002 Problem for the curl command of its README", () => {
      const readme = readFileSync(path.join(stub, "README.md"), "utf8");
      const curl = /```sh\n(curl [\s\S]*?)```/.exec(readme)?.[1];
      expect(curl).toContain("http://127.0.0.1:8080/Flexjob/GetFlexjob");
      const run = spawnSync("bash", ["-euo", "pipefail", "-c", curl!.replaceAll("http://127.0.0.1:8080", url)], {
        encoding: "utf8",
      });
      expect({ status: run.status, body: JSON.parse(run.stdout) }).toEqual({
        status: 0,
        body: expect.objectContaining({ status: 404, errorCode: 80002 }),
      });
    });

    it("passes the checker's checks that need no case, fails those that need a sandbox case with 404, skips the rest", () => {
      const run = spawnSync("npm", ["run", "--silent", "check", "--", "--base-url", url, "--runs", "2", "--json"], {
        cwd: stub,
        encoding: "utf8",
      });
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 1, stderr: expect.any(String) });
      const report = JSON.parse(run.stdout) as {
        passed: number;
        failed: number;
        skipped: number;
        checks: { name: string; group: string; status: string; reason: string }[];
      };
      const notPassed = report.checks.filter((check) => check.status !== "passed");
      const notFound = (name: string) => ({
        name,
        status: "failed",
        reason: expect.stringMatching(/^status 404 \(expected 200\)/),
      });
      const skipped = (name: string, flag: string) => ({ name, status: "skipped", reason: `left out by ${flag} none` });
      expect(notPassed.map(({ name, status, reason }) => ({ name, status, reason }))).toEqual([
        notFound(`positive GetFlexjob ${OFFER_CASE}`),
        notFound("positive GetFlexjob 22222222-2222-4222-8222-222222222222"),
        notFound("positive GetFlexjobAllocation 33333333-3333-4333-8333-333333333333"),
        notFound("positive GetFlexjobAllocation 44444444-4444-4444-8444-444444444444"),
        notFound("header GetFlexjob x-requestId of 46 characters"),
        notFound("header GetFlexjobAllocation x-requestId of 46 characters"),
        skipped("authorisation GetFlexjob foreign case", "--forbidden-case"),
        skipped("conflict GetFlexjob grant status Ukendt", "--conflict-case"),
        skipped("conflict GetFlexjobAllocation grant status Ukendt", "--conflict-case"),
      ]);
      const passedGroups = new Set(report.checks.filter((c) => c.status === "passed").map((c) => c.group));
      expect([...passedGroups].sort()).toEqual(["header", "method", "negative", "not-found", "positive", "replay"]);
      expect(report.checks.filter((c) => c.status === "passed").map((c) => c.name)).toEqual(
        expect.arrayContaining(["positive IsAliveAsync", "not-found GetFlexjob unknown case"]),
      );
      expect({ failed: report.failed, skipped: report.skipped }).toEqual({ failed: 6, skipped: 3 });
    });

    it("stops on SIGTERM with exit code 0, its last log line saying it drained", async () => {
      server.kill("SIGTERM");
      expect(await exited).toBe(0);
      const last = JSON.parse(stdout.trimEnd().split("\n").at(-1)!);
      expect({ msg: last.msg, result: last.result }).toEqual({ msg: "stopped", result: "drained" });
    });
  });
});

describe("init-stub's command line", () => {
  let here: string;
  beforeAll(() => {
    here = path.join(scratch, "command-line");
    mkdirSync(here);
  });

  it("is listed by the bin's --help, and init-stub --help prints its own usage", () => {
    const help = spawnSync(bin(), ["--help"], { encoding: "utf8" });
    expect({ status: help.status, stdout: help.stdout }).toEqual({
      status: 0,
      stdout: expect.stringContaining("flexjob-reference-server init-stub DIR [--tarballs DIR] [--force]"),
    });
    expect(initStub(["--help"])).toEqual({
      status: 0,
      stdout: expect.stringMatching(/^Usage: flexjob-reference-server init-stub DIR \[--tarballs DIR\] \[--force\]\n/),
      stderr: "",
    });
  });

  describe.each([
    {
      given: "a DIR that is not empty",
      dir: () => {
        const dir = path.join(here, "taken");
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, "notes.txt"), "mine\n");
        return dir;
      },
      args: (dir: string) => [dir],
      message: (dir: string) => `init-stub: ${dir} exists and is not empty; give a new or empty directory (or --force)`,
    },
    {
      given: "a file as DIR",
      dir: () => {
        const file = path.join(here, "a-file");
        writeFileSync(file, "");
        return file;
      },
      args: (dir: string) => [dir],
      message: (dir: string) => `init-stub: ${dir} exists and is not a directory`,
    },
    {
      given: "no DIR",
      dir: () => "",
      args: () => [],
      message: () => "init-stub needs the directory to write the project to: init-stub DIR [--tarballs DIR] [--force]",
    },
    {
      given: "--tarballs of a directory without them",
      dir: () => path.join(here, "never-written"),
      args: (dir: string) => [dir, "--tarballs", here],
      message: () =>
        `init-stub: --tarballs ${here} holds no flexjob-reference-server-${VERSION}.tgz and no flexjob-contract-check-${VERSION}.tgz (npm pack -w flexjob-reference-server -w flexjob-contract-check in a checkout writes them)`,
    },
  ])("with $given", ({ dir: makeDir, args, message }) => {
    it("exits 2 with one line naming it, and writes nothing", () => {
      const dir = makeDir();
      const before = listing(here);
      expect(initStub(args(dir))).toEqual({
        status: 2,
        stdout: "",
        stderr: `flexjob-reference-server: ${message(dir)}\n`,
      });
      expect(listing(here)).toEqual(before);
    });
  });

  it("with --force writes into a DIR that is not empty and keeps its other files", () => {
    const dir = path.join(here, "forced");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "notes.txt"), "mine\n");
    const run = initStub([dir, "--force"]);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
    expect(listing(dir)).toEqual(
      [
        ".gitignore",
        "README.md",
        "notes.txt",
        "package.json",
        "src",
        "src/handlers.ts",
        "src/main.ts",
        "tsconfig.json",
      ].sort(),
    );
    expect(readFileSync(path.join(dir, "notes.txt"), "utf8")).toBe("mine\n");
    // Without --tarballs the project names no package it cannot install: its README says how to add them.
    const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
    expect({ dependencies: manifest.dependencies, dev: Object.keys(manifest.devDependencies).sort() }).toEqual({
      dependencies: undefined,
      dev: ["@types/node", "typescript"],
    });
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toContain(
      `npm install ./vendor/flexjob-reference-server-${VERSION}.tgz`,
    );
  });
});

/** The url of the stub's "listening on" log line (pino JSON on stdout). */
function listeningUrl(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString("utf8");
      const match = /"url":"(http:\/\/[^"]+)"/.exec(buffered);
      if (match?.[1]) resolve(match[1]);
    });
    child.stderr.on("data", (chunk: Buffer) => (buffered += chunk.toString("utf8")));
    child.once("exit", (code) => reject(new Error(`the stub exited with ${code} before listening: ${buffered}`)));
  });
}
