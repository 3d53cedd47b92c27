/**
 * Production start outside Docker, with the Dockerfile's own steps: scripts/runtime-tree.sh lays
 * the built checkout's production tree into a temporary directory (`npm ci --omit=dev --omit=optional`), the
 * Dockerfile's ENTRYPOINT and CMD start the server from it, and its HEALTHCHECK command reports it
 * healthy, then unhealthy once it is stopped. No Docker daemon runs here; the image's other steps
 * (the build stage, USER) are checked as text. Needs the npm registry or a warm npm cache.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { assertFreshBuild } from "../fixtures/packed-packages";

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, "..", "..");

interface Instruction {
  keyword: string;
  args: string;
}

/** The Dockerfile's instructions, one per line (it uses no line continuations). */
function dockerfile(): Instruction[] {
  return readFileSync(path.join(ROOT, "Dockerfile"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => {
      const [keyword, ...rest] = line.split(" ");
      return { keyword: keyword!, args: rest.join(" ") };
    });
}

const argsOf = (keyword: string): string[] =>
  dockerfile()
    .filter((i) => i.keyword === keyword)
    .map((i) => i.args);
const exec = (keyword: string): string[] => JSON.parse(argsOf(keyword).at(-1)!) as string[];
/** The HEALTHCHECK's command: the JSON array after CMD. */
const healthcheck = (): string[] => JSON.parse(argsOf("HEALTHCHECK")[0]!.replace(/^.*? CMD /, "")) as string[];
const runtimeEnv = (): Record<string, string> =>
  Object.fromEntries(argsOf("ENV").map((args) => args.split("=") as [string, string]));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

describe("the Dockerfile", () => {
  it("builds in one stage and runs compiled JavaScript as the non-root user node in another", () => {
    expect(argsOf("FROM")).toEqual(["node:20-bookworm-slim AS build", "node:20-bookworm-slim"]);
    expect(argsOf("RUN")).toEqual([
      "npm ci --ignore-scripts --no-audit --no-fund && npm run build",
      "sh scripts/runtime-tree.sh /src /app",
    ]);
    expect(argsOf("COPY").at(-1)).toBe("--from=build /app /app");
    expect(argsOf("USER")).toEqual(["node"]);
    expect([...exec("ENTRYPOINT"), ...exec("CMD")]).toEqual([
      "node",
      "bin/flexjob-reference-server.js",
      "--host",
      "0.0.0.0",
    ]);
  });
});

describe("the production tree (scripts/runtime-tree.sh, the Dockerfile's runtime stage)", () => {
  let tree: string;

  beforeAll(() => {
    assertFreshBuild();
    tree = mkdtempSync(path.join(os.tmpdir(), "flexjob-runtime-"));
    execFileSync("sh", [path.join(ROOT, "scripts", "runtime-tree.sh"), ROOT, tree], { stdio: "pipe" });
  }, 180_000);

  afterAll(() => rmSync(tree, { recursive: true, force: true }));

  it("holds the production dependencies and no development one", () => {
    const has = (name: string): boolean => existsSync(path.join(tree, "node_modules", name, "package.json"));
    expect(["express", "pino", "redis"].filter(has)).toEqual(["express", "pino", "redis"]);
    expect(["typescript", "tsx", "jest", "esbuild", "redoc"].filter(has)).toEqual([]);
  });

  describe("started with the Dockerfile's ENTRYPOINT and CMD", () => {
    let server: ChildProcess;
    let env: NodeJS.ProcessEnv;
    let output = "";
    const exited = (): Promise<number | null> =>
      server.exitCode !== null ? Promise.resolve(server.exitCode) : new Promise((r) => server.once("exit", r));

    beforeAll(async () => {
      env = { PATH: process.env.PATH, ...runtimeEnv(), PORT: String(await freePort()) };
      const [command, ...args] = [...exec("ENTRYPOINT"), ...exec("CMD")];
      server = spawn(command!, args, { cwd: tree, env, stdio: ["ignore", "pipe", "pipe"] });
      server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
      server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
      for (let i = 0; i < 100 && !output.includes('"url"'); i++) await new Promise((r) => setTimeout(r, 100));
    });

    afterAll(() => {
      if (server.exitCode === null) server.kill("SIGKILL");
    });

    it("listens on 0.0.0.0 at PORT", () => {
      expect(output).toContain(`"url":"http://0.0.0.0:${env.PORT}"`);
    });

    it("is healthy by the HEALTHCHECK command, each time (a fresh x-requestId per check), and unhealthy once stopped", async () => {
      const [command, ...args] = healthcheck();
      const check = (): number | null => spawnSync(command!, args, { cwd: tree, env }).status;
      expect([check(), check()]).toEqual([0, 0]);
      server.kill("SIGTERM");
      expect(await exited()).toBe(0);
      expect(check()).toBe(1);
    });
  });

  it("without a production dependency, the bin exits 1 with one line naming it", () => {
    rmSync(path.join(tree, "node_modules", "pino"), { recursive: true, force: true });
    const run = spawnSync(process.execPath, ["bin/flexjob-reference-server.js"], { cwd: tree, encoding: "utf8" });
    expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 1, stdout: "" });
    expect(run.stderr).toMatch(
      /^flexjob-reference-server: cannot find module 'pino' \(required from .+\); install the production dependencies \(npm ci --omit=dev\)\n$/,
    );
  });
});
