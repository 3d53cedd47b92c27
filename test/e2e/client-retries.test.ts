/**
 * A retry as the real server sees it: a gateway in front of the reference server passes the first
 * attempt on (so the server has seen its x-requestId) but answers the client 503, as a gateway
 * that lost the upstream answer would. The retry must carry a new id, or the server answers 412.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { RetryInfo } from "../../client";
import { clientFor, startServer, type RunningServer } from "./client-server-kit";
import { CASES } from "../fixtures/sandbox-table";

const OFFER_CASE = CASES.offer;

interface Passed {
  requestId: string | undefined;
  upstreamStatus: number;
}

/** A gateway to `upstream` that answers the first `failures` requests 503 after passing them on. */
async function startGateway(upstream: RunningServer, failures: number): Promise<RunningServer & { passed: Passed[] }> {
  const passed: Passed[] = [];
  const gateway: Server = createServer((req, res) => {
    void passOn(upstream, req).then(async (answer) => {
      passed.push({ requestId: req.headers["x-requestid"] as string | undefined, upstreamStatus: answer.status });
      if (passed.length <= failures) return res.writeHead(503).end();
      res
        .writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "" })
        .end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, "127.0.0.1", resolve));
  return {
    baseUrl: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => gateway.close(() => resolve())),
    passed,
  };
}

async function passOn(upstream: RunningServer, req: IncomingMessage): Promise<Response> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = {
    "content-type": req.headers["content-type"] ?? "",
    "x-requestId": (req.headers["x-requestid"] as string | undefined) ?? "",
  };
  return fetch(`${upstream.baseUrl}${req.url ?? "/"}`, { method: req.method, headers, body: Buffer.concat(chunks) });
}

let server: RunningServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server.close());

describe("GetFlexjob", () => {
  describe("when a gateway answers 503 to an attempt the server has already served", () => {
    it("retries with a new x-requestId, which the server accepts, and resolves to the case's body", async () => {
      const gateway = await startGateway(server, 1);
      const retries: RetryInfo[] = [];
      try {
        const client = clientFor(gateway, "12345674", { backoffBaseMs: 0, onRetry: (r) => void retries.push(r) });
        const offer = await client.getFlexjob(OFFER_CASE, { requestId: "gateway-first-attempt" });
        expect(offer.flexjobRequestResponseType.caseElementIdentifier).toBe(OFFER_CASE);
        expect(gateway.passed).toEqual([
          { requestId: "gateway-first-attempt", upstreamStatus: 200 },
          { requestId: expect.not.stringMatching(/^gateway-first-attempt$/), upstreamStatus: 200 },
        ]);
        expect(retries).toEqual([
          { attempt: 1, requestId: "gateway-first-attempt", reason: { kind: "status", status: 503 }, delayMs: 0 },
        ]);
      } finally {
        await gateway.close();
      }
    });
  });
});
