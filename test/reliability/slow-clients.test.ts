/**
 * Clients that send slowly, send nothing, read nothing or pipeline without end, against a server
 * with short limits: each such connection is closed once its limit passes (a request that did not
 * arrive in time gets its 408 Problem first), and with the connection cap full of them,
 * legitimate clients are still answered.
 */
import net from "node:net";
import { newRequestId, PATHS } from "../fixtures/server-kit";
import { firstAnswer, rawRequest, sendRaw, startListening, stopServer } from "../fixtures/raw-http";
import type { ServerProcess } from "../fixtures/server-process";

const CAP = 20;
const LIMITS = ["--max-connections", String(CAP), "--headers-timeout", "2", "--request-timeout", "3"];
const SEND_LIMITS = ["--send-timeout", "2", "--keep-alive-timeout", "1"];

/** A connection that has sent `bytes` and reads nothing; resolves with what it got once closed. */
function holdOpen(port: number, bytes: string, read = true): { socket: net.Socket; closed: Promise<string> } {
  const socket = net.connect(port, "127.0.0.1", () => socket.write(bytes));
  const chunks: Buffer[] = [];
  if (read) socket.on("data", (chunk) => chunks.push(chunk));
  else socket.pause();
  const closed = new Promise<string>((resolve) => {
    socket.on("error", () => undefined);
    socket.on("close", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
  return { socket, closed };
}

/** How many GET answers the server has sent in full (its log has one line per answer). */
const answered = (server: ServerProcess): number => server.stdout().split('"method":"GET"').length - 1;

const isAlive = (requestId = newRequestId()) =>
  rawRequest(
    "POST",
    PATHS.IsAliveAsync,
    [
      ["x-requestId", requestId],
      ["Content-Type", "application/json"],
    ],
    "{}",
  );

describe("flexjob-reference-server with short limits", () => {
  let server: ServerProcess;
  let port: number;
  beforeAll(async () => {
    ({ server, port } = await startListening(["--log-level", "info", ...LIMITS, ...SEND_LIMITS]));
  });
  afterAll(() => stopServer(server));

  describe("a connection that sends nothing", () => {
    it("is answered 408 and closed once --headers-timeout has passed", async () => {
      const answer = await holdOpen(port, "").closed;
      expect(firstAnswer(answer)).toMatchObject({ status: 408 });
    });
  });

  describe("a request whose body stalls", () => {
    it("is answered 408 and closed once --request-timeout has passed", async () => {
      const head = `POST ${PATHS.IsAliveAsync} HTTP/1.1\r\nHost: x\r\nx-requestId: ${newRequestId()}\r\n`;
      const answer = await holdOpen(port, `${head}Content-Type: application/json\r\nContent-Length: 10\r\n\r\n{`)
        .closed;
      expect(firstAnswer(answer)).toMatchObject({ status: 408 });
    });
  });

  describe("a client that reads none of its answers", () => {
    it("is closed once its answers have waited --send-timeout", async () => {
      const get = "GET /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n";
      const { socket } = holdOpen(port, "", false);
      // Batches of 20 (44 KB answers each) until the kernel's buffers are full and answers stop
      // finishing; then nothing more is sent, so only the send timeout can close it.
      for (let batch = 0; batch < 500; batch++) {
        const before = answered(server);
        socket.write(get.repeat(20));
        await new Promise((resolve) => setTimeout(resolve, 200));
        if (answered(server) - before < 20) break;
      }
      const line = await server.line((l) => typeof l.reason === "string" && l.reason.startsWith("answers unread"));
      expect(line.reason).toBe("answers unread by the client for 2000 ms");
      socket.destroy();
    });
  });

  describe("a client that pipelines more than 32 requests ahead of their answers", () => {
    it("is closed at once", async () => {
      const get = "GET /openapi.yaml HTTP/1.1\r\nHost: x\r\n\r\n";
      const { socket } = holdOpen(port, get.repeat(1000), false);
      const line = await server.line((l) => typeof l.reason === "string" && l.reason.startsWith("more than"));
      expect(line.reason).toBe("more than 32 requests in flight on one connection");
      socket.destroy();
    });
  });

  describe(`with all ${CAP} connections taken by silent, slow and non-reading clients`, () => {
    it("still answers legitimate clients, closing the connections longest without an answer", async () => {
      const hostile = Array.from({ length: CAP }, (_, i) => {
        const kind = i % 3;
        if (kind === 0) return holdOpen(port, "");
        if (kind === 1) return holdOpen(port, `POST ${PATHS.IsAliveAsync} HTTP/1.1\r\nHost: x\r\n`);
        return holdOpen(port, "GET /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n".repeat(20), false);
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const answers = [];
      for (let i = 0; i < 10; i++) answers.push(firstAnswer(await sendRaw(port, isAlive())).status);
      expect(answers).toEqual(Array.from({ length: 10 }, () => 200));
      for (const { socket } of hostile) socket.destroy();
    });
  });
});
