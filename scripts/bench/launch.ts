/**
 * One benchmark target in its own process: spawned (pinned to a core when asked), timed from spawn
 * to its first 200 for case 1, and stopped with SIGTERM (which lets a --cpu-prof profile be written).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import http from "node:http";
import net from "node:net";
import { randomUUID } from "node:crypto";
import { CASE_1 } from "./case-1";

export const HOST = "127.0.0.1";

export interface Running {
  child: ChildProcess;
  pid: number;
  url: string;
  /** Milliseconds from spawn to the first 200 answer to case 1. */
  startMs: number;
}

/** Starts `node <nodeArgs...>` (the port appended by `args(port)`) and waits for its first 200. */
export async function launch(args: (port: number) => string[], core: number | undefined): Promise<Running> {
  const port = await freePort();
  const node = [process.execPath, ...args(port)];
  const started = performance.now();
  const child =
    core === undefined
      ? spawn(node[0]!, node.slice(1), { stdio: ["ignore", "ignore", "pipe"] })
      : spawn("taskset", ["-c", String(core), ...node], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const url = `http://${HOST}:${port}`;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${node.slice(1).join(" ")} exited before answering: ${stderr.trim()}`);
    if ((await post(url).catch(() => 0)) === 200) break;
    if (performance.now() - started > 60_000) throw new Error(`${node.slice(1).join(" ")} did not answer in 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return { child, pid: child.pid!, url, startMs: performance.now() - started };
}

/** SIGTERM, then SIGKILL if the process has not exited within 15 s. */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}

function post(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}${CASE_1.path}`,
      { method: "POST", agent: false, headers: { "content-type": "application/json", "x-requestId": randomUUID() } },
      (res) => res.resume().on("end", () => resolve(res.statusCode ?? 0)),
    );
    req.on("error", reject).end(CASE_1.body);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, HOST, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}
