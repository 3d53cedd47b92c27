/**
 * Clients that pipeline requests for the spec document (a 44 KB answer) and never read: the
 * server's resident memory stays within tens of MB and others are still answered. (Before the
 * answers were shared and bounded, 117 KB of such requests on one connection cost ~89 MB.)
 *
 * What is measured is the cost of not reading: the server first takes the same requests from
 * clients that read their answers, so that it has grown to what parsing such bursts takes (the
 * server loads little at start, so a cold one grows by that much for any client).
 */
import net from "node:net";
import { newRequestId, PATHS } from "../fixtures/server-kit";
import { firstAnswer, rawRequest, sendRaw, startListening, stopServer } from "../fixtures/raw-http";
import { rssMb } from "./reliability-kit";

const CONNECTIONS = 10;
const PIPELINED_BYTES = 117_000;

describe(`flexjob-reference-server with ${CONNECTIONS} clients pipelining ${PIPELINED_BYTES / 1000} KB of GET /openapi.json unread`, () => {
  it("grows its resident memory by less than 80 MB and answers others meanwhile", async () => {
    const { server, port } = await startListening(["--log-level", "warn"]);
    const pid = server.child.pid!;
    const sockets: net.Socket[] = [];
    try {
      const get = "GET /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n";
      await Promise.all(Array.from({ length: CONNECTIONS }, () => readingBurst(port, get)));
      const before = rssMb(pid);
      let peak = before;
      const sample = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50);
      for (let i = 0; i < CONNECTIONS; i++) {
        const socket = net.connect(port, "127.0.0.1", () => socket.write(get.repeat(PIPELINED_BYTES / get.length)));
        socket.pause().on("error", () => undefined);
        sockets.push(socket);
      }
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const headers: [string, string][] = [
        ["x-requestId", newRequestId()],
        ["Content-Type", "application/json"],
      ];
      const other = firstAnswer(await sendRaw(port, rawRequest("POST", PATHS.IsAliveAsync, headers, "{}")));
      clearInterval(sample);
      process.stdout.write(`resident memory: ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB\n`);
      expect(other.status).toBe(200);
      expect(peak - before).toBeLessThan(80);
    } finally {
      for (const socket of sockets) socket.destroy();
      await stopServer(server);
    }
  }, 60_000);
});

/** The same pipelined requests from a client that reads every answer, until the server closes the connection. */
function readingBurst(port: number, get: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(get.repeat(PIPELINED_BYTES / get.length)));
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve();
    };
    const timer = setTimeout(done, 3_000);
    socket
      .on("data", () => undefined)
      .on("error", done)
      .on("close", done);
  });
}
