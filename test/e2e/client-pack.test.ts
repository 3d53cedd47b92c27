/**
 * The packed package as a consumer gets it: `npm pack` (which runs the build through the prepare script), a
 * temporary TypeScript project installing the tarball, a consumer compiled with tsc under four
 * module settings, and the compiled consumer run against the tarball's own reference server bin and
 * flexjob-contract/server's startReferenceServer.
 * Needs the npm registry or a warm npm cache for the package's dependencies (about 20 s).
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { CASES } from "../fixtures/sandbox-table";
import { CONSUMER, readmeUsage, TSCONFIGS } from "./client-pack-consumer";

const ROOT = path.resolve(__dirname, "..", "..");
const TSC = require.resolve("typescript/bin/tsc");
const npm = (args: string[], cwd: string): string =>
  execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

let work: string;
let consumer: string;
let installed: string;

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), "flexjob-pack-"));
  npm(["pack", "--pack-destination", work], ROOT);
  const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error(`npm pack wrote no tarball into ${work}`);
  consumer = path.join(work, "consumer");
  mkdirSync(path.join(consumer, "src"), { recursive: true });
  writeFileSync(
    path.join(consumer, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "commonjs" }),
  );
  npm(
    ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", path.join(work, tarball)],
    consumer,
  );
  installed = path.join(consumer, "node_modules", "flexjob-contract");
  writeFileSync(path.join(consumer, "src", "consumer.ts"), CONSUMER);
  writeFileSync(path.join(consumer, "src", "consumer-esm.mts"), CONSUMER);
  writeFileSync(
    path.join(consumer, "src", "readme-usage.ts"),
    readmeUsage(readFileSync(path.join(ROOT, "test", "readme", "usage.ts"), "utf8")),
  );
  for (const [name, config] of Object.entries(TSCONFIGS)) {
    writeFileSync(
      path.join(consumer, `tsconfig.${name}.json`),
      JSON.stringify(config(path.join(ROOT, "node_modules", "@types")), null, 2),
    );
  }
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("npm pack", () => {
  it("ships the build, the spec, the generated files, the sandbox and the bins, but no TypeScript sources", () => {
    for (const file of [
      "dist/client/index.js",
      "dist/client/index.d.ts",
      "dist/client/node.js",
      "dist/client/node.d.ts",
      "dist/client/validate.js",
      "dist/client/validate.d.ts",
      "dist/generated/flexjob.d.ts",
      "dist/generated/flexjob.openapi.json",
      "dist/generated/contract.js",
      "dist/generated/validators.js",
      "dist/generated/validators.d.ts",
      "dist/checker/cli.js",
      "dist/server/main.js",
      "dist/server/index.js",
      "dist/server/index.d.ts",
      "dist/vendor/redoc.standalone.js",
      "spec/flexjob.yaml",
      "spec/admin.yaml",
      "generated/flexjob.d.ts",
      "bin/flexjob-reference-server.js",
      "bin/flexjob-sandbox-certs.js",
      "dist/server/sandbox-certs/cli.js",
      "server/sandbox/case-1-offer.json",
    ]) {
      expect([file, existsSync(path.join(installed, file))]).toEqual([file, true]);
    }
    for (const dir of ["client", "checker", "scripts", "test"])
      expect([dir, existsSync(path.join(installed, dir))]).toEqual([dir, false]);
    expect(readdirSync(path.join(installed, "server"))).toEqual(["sandbox"]);
  });

  it("whose built server, trusting the bundled cases the build validated, still checks a --fixtures case (exit 2)", () => {
    const dir = path.join(ROOT, "test", "fixtures", "bad-cases", "schema-violation");
    const bin = path.join(installed, "bin", "flexjob-reference-server.js");
    const run = spawnSync(process.execPath, [bin, "--fixtures", dir, "--port", "0"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(path.join(dir, "case-8-offer.json"));
  });
});

describe("a TypeScript consumer of the tarball", () => {
  it.each(Object.keys(TSCONFIGS))(
    "compiles with tsc under the %s settings, typed (its @ts-expect-error lines meet errors)",
    (name) => {
      const tsc = spawnSync(process.execPath, [TSC, "-p", `tsconfig.${name}.json`], {
        cwd: consumer,
        encoding: "utf8",
      });
      expect({ status: tsc.status, errors: tsc.stdout + tsc.stderr }).toEqual({ status: 0, errors: "" });
    },
    60_000,
  );

  describe("run against the tarball's reference server bin", () => {
    let server: ChildProcess;
    let baseUrl: string;
    beforeAll(async () => {
      server = spawn(process.execPath, [path.join(installed, "bin", "flexjob-reference-server.js"), "--port", "0"], {
        cwd: consumer,
        stdio: ["ignore", "pipe", "inherit"],
      });
      baseUrl = await listeningUrl(server);
    }, 30_000);
    afterAll(() => stop(server));

    it.each([
      ["CommonJS (node16)", "out-node16/consumer.js"],
      ["ES module (nodenext)", "out-nodenext/consumer-esm.mjs"],
    ])(
      "%s: gets typed data and a typed error from all three operations, and drives an in-process sandbox",
      (_name, file) => {
        const output = execFileSync(process.execPath, [path.join(consumer, file), baseUrl], {
          cwd: consumer,
          encoding: "utf8",
        });
        expect(JSON.parse(output)).toEqual({
          alive: true,
          caseElementIdentifier: CASES.offer,
          allocationError: { name: "FlexjobApiError", status: 404, errorCode: 80002, guarded: true },
          // The retry after the fault, newest first; /docs served from the package's own copy of Redoc.
          sandbox: { statuses: [200, 503], docsBundle: 200 },
        });
      },
      30_000,
    );

    it("runs the README's usage example", () => {
      const output = execFileSync(process.execPath, [path.join(consumer, "out-node16", "readme-usage.js")], {
        cwd: consumer,
        encoding: "utf8",
        env: { ...process.env, FLEXJOB_URL: baseUrl },
      });
      expect(output.trim().split("\n")).toEqual([
        "alive: true",
        expect.stringMatching(new RegExp(`^${CASES.offer}: offer from .+, start \\d{4}-`)),
        `${CASES.allocation}: no such offer`,
        `${CASES.unknownGrantStatus}: the grant's status is 'Ukendt'`,
        expect.stringMatching(new RegExp(`^grant of offer ${CASES.offer}: [\\d.]+ h/week from \\d{4}-`)),
      ]);
    }, 30_000);
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
