/**
 * Clients that pipeline requests for the spec document (a 44 KB answer) and never read: the
 * server's resident memory stays within tens of MB and others are still answered. (Before the
 * answers were shared and bounded, 117 KB of such requests on one connection cost ~89 MB.)
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
      await sendRaw(port, rawRequest("GET", "/openapi.json", [])); // warm-up
      const before = rssMb(pid);
      let peak = before;
      const sample = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50);
      const get = "GET /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n";
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
