/**
 * `npm start` as CI scripts and people stop it: SIGTERM to the npm process, or Ctrl-C (SIGINT to
 * the whole foreground process group). Either stops the server itself, not only npm, and the
 * server shuts down once, gracefully.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { assertFreshBuild } from "../fixtures/packed-packages";
import { PATHS, ROOT } from "../fixtures/server-kit";

jest.setTimeout(60_000);

interface NpmStart {
  npm: ChildProcessWithoutNullStreams;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** `npm start -- --port 0` in a process group of its own, once the server listens. */
async function npmStart(): Promise<NpmStart> {
  const npm = spawn("npm", ["start", "--", "--port", "0", "--log-level", "info"], { cwd: ROOT, detached: true });
  let output = "";
  const exited = new Promise<number | null>((resolve) => npm.on("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    npm.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
      const found = /"url":"(http[^"]+)"/.exec(output);
      if (found) resolve(found[1]!);
    });
    npm.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    void exited.then((code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
  return { npm, url, output: () => output, exited };
}

/** Whether the server still answers IsAlive. */
async function answers(url: string): Promise<boolean> {
  return fetch(url + PATHS.IsAliveAsync, {
    method: "POST",
    headers: { "content-type": "application/json", "x-requestId": crypto.randomUUID() },
    body: "{}",
  }).then(
    (response) => response.ok,
    () => false,
  );
}

async function stopsAnswering(url: string, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!(await answers(url))) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

let started: NpmStart | undefined;

beforeAll(() => assertFreshBuild());

afterEach(() => {
  // Whatever is left of the group, should a test fail.
  if (started?.npm.pid !== undefined) {
    try {
      process.kill(-started.npm.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  started = undefined;
});

describe("npm start", () => {
  describe("on SIGTERM to the npm process", () => {
    it("stops the server, which shuts down gracefully", async () => {
      started = await npmStart();
      expect(await answers(started.url)).toBe(true);
      started.npm.kill("SIGTERM");
      expect(await stopsAnswering(started.url, 10_000)).toBe(true);
      await started.exited;
      expect(started.output()).toContain('"result":"drained","msg":"stopped"');
    });
  });

  describe("on Ctrl-C (SIGINT to the process group)", () => {
    it("stops the server once, gracefully, though npm forwards the signal a second time", async () => {
      started = await npmStart();
      expect(await answers(started.url)).toBe(true);
      process.kill(-started.npm.pid!, "SIGINT");
      expect(await stopsAnswering(started.url, 10_000)).toBe(true);
      await started.exited;
      expect(started.output().split('"msg":"shutting down').length - 1).toBe(1);
      expect(started.output()).toContain('"result":"drained","msg":"stopped"');
      expect(started.output()).not.toContain("again: stopping without waiting");
    });
  });
});
