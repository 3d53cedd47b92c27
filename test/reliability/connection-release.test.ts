/**
 * Connections the server ends are freed whatever the client does, and connections that never get
 * as far as a request cannot lock anyone out:
 * - over HTTPS, TCP connections that never send a ClientHello (or send half of one) are evicted
 *   at the connection cap like any unserved connection, and closed once --handshake-timeout passes;
 * - a silent client that never reads and never closes gets its 408 and is then closed by the
 *   server, so its file descriptor is freed in bounded time.
 */
import { readdirSync, readlinkSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { request } from "node:https";
import { PATHS, ROOT } from "../fixtures/server-kit";
import { startListening, stopServer } from "../fixtures/raw-http";
import type { ServerProcess } from "../fixtures/server-process";

const TLS_DIR = path.join(ROOT, "test", "fixtures", "tls");
const TLS = ["--tls-cert", path.join(TLS_DIR, "server.crt"), "--tls-key", path.join(TLS_DIR, "server.key")];

/** The open sockets of process `pid` (Linux /proc). */
function socketsOf(pid: number): number {
  const dir = `/proc/${pid}/fd`;
  return readdirSync(dir).filter((fd) => {
    try {
      return readlinkSync(path.join(dir, fd)).startsWith("socket:");
    } catch {
      return false; // closed while listed
    }
  }).length;
}

/** A TCP connection that sends `bytes` (or nothing), never closes by itself and reads nothing unless `read`. */
function idle(port: number, bytes?: Buffer, read = false): net.Socket {
  const socket = net.connect(port, "127.0.0.1", () => bytes && socket.write(bytes));
  if (read) socket.resume();
  else socket.pause();
  socket.on("error", () => undefined);
  return socket;
}

/** The first 60 bytes of a real ClientHello: a handshake that never completes. */
function halfClientHello(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const catcher = net.createServer((socket) => {
      socket.once("data", (chunk) => {
        socket.destroy();
        catcher.close();
        resolve(chunk.subarray(0, 60));
      });
    });
    catcher.listen(0, "127.0.0.1", () => {
      const { port: catcherPort } = catcher.address() as net.AddressInfo;
      const client = request({ host: "127.0.0.1", port: catcherPort, rejectUnauthorized: false });
      client.on("error", () => undefined).end();
    });
    catcher.on("error", reject);
  });
}

/** One IsAlive over HTTPS: its status, or the error code of a failed handshake. */
function isAliveOverTls(port: number): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path: PATHS.IsAliveAsync,
        method: "POST",
        rejectUnauthorized: false,
        agent: false,
        headers: { "content-type": "application/json", "x-requestId": crypto.randomUUID() },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.setTimeout(5_000, () => req.destroy(Object.assign(new Error("timeout"), { code: "TIMEOUT" })));
    req.end("{}");
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await sleep(100);
  }
  return condition();
}

describe("flexjob-reference-server over HTTPS at --max-connections 50", () => {
  let server: ServerProcess;
  let port: number;
  const sockets: net.Socket[] = [];
  beforeAll(async () => {
    ({ server, port } = await startListening(["--log-level", "info", "--max-connections", "50", ...TLS]));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await stopServer(server);
  });

  describe("with 60 connections that never finish a TLS handshake", () => {
    it("still completes a legitimate client's handshake and answers it, again and again", async () => {
      const half = await halfClientHello();
      for (let i = 0; i < 60; i++) sockets.push(idle(port, i % 2 === 0 ? undefined : half));
      await sleep(500);
      const statuses = [];
      for (let i = 0; i < 10; i++) statuses.push(await isAliveOverTls(port));
      expect(statuses).toEqual(Array(10).fill(200));
    });
  });
});

describe("flexjob-reference-server over HTTPS with --handshake-timeout 3", () => {
  let server: ServerProcess;
  let port: number;
  beforeAll(async () => {
    ({ server, port } = await startListening(["--log-level", "info", "--handshake-timeout", "3", ...TLS]));
  });
  afterAll(() => stopServer(server));

  describe("a connection that sends no ClientHello, or half of one", () => {
    it("is closed by the server once the handshake timeout passes", async () => {
      const half = await halfClientHello();
      const baseline = socketsOf(server.child.pid!);
      const clients = [idle(port, undefined, true), idle(port, half, true)];
      const closed = clients.map((socket) => new Promise((resolve) => socket.once("close", resolve)));
      expect(await waitFor(() => socketsOf(server.child.pid!) === baseline + 2, 2_500)).toBe(true);
      await Promise.race([Promise.all(closed), sleep(7_000)]);
      expect(clients.map((socket) => socket.destroyed)).toEqual([true, true]);
      expect(await waitFor(() => socketsOf(server.child.pid!) === baseline, 2_000)).toBe(true);
    });
  });
});

describe("flexjob-reference-server with --headers-timeout 3", () => {
  let server: ServerProcess;
  let port: number;
  beforeAll(async () => {
    // Three seconds, not one: the 20 connections must all be seen held before the first 408,
    // also on a loaded machine where the server accepts them slowly.
    ({ server, port } = await startListening(["--log-level", "info", "--headers-timeout", "3"]));
  });
  afterAll(() => stopServer(server));

  describe("20 clients that connect, stay silent, never read and never close", () => {
    it("hold no server file descriptor once their 408 has been sent", async () => {
      const baseline = socketsOf(server.child.pid!);
      const clients = Array.from({ length: 20 }, () => idle(port));
      expect(await waitFor(() => socketsOf(server.child.pid!) === baseline + 20, 2_500)).toBe(true);
      // The 408 goes out within the timeout plus Node's check interval (1 s); the server then
      // closes the connection within its linger (1 s).
      const freed = await waitFor(() => socketsOf(server.child.pid!) === baseline, 8_000);
      expect({ freed, held: socketsOf(server.child.pid!) - baseline }).toEqual({ freed: true, held: 0 });
      for (const socket of clients) socket.destroy();
    });
  });
});
