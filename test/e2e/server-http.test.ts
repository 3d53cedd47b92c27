/**
 * The server over real HTTP on port 0 with fetch: each operation, a problem answer, replay
 * detection when 100 requests with one x-requestId arrive at once, and the request and response
 * objects made with the app's prototypes.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Express } from "express";
import { createApp } from "../../server/sandbox/create-app";
import { listen, type Listening } from "../../server/transport/serve";
import { CASES, caseRequest, newRequestId, PATHS, readCaseFiles } from "../fixtures/server-kit";

let server: Listening;
let app: Express;
const files = readCaseFiles();

beforeAll(async () => {
  app = createApp({ validateResponses: true });
  server = await listen(app, 0, "127.0.0.1");
});

afterAll(async () => {
  await server.close();
});

function post(path: string, requestId: string, body: unknown): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "x-requestId": requestId, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

describe("GetFlexjob", () => {
  describe("for sandbox case 1 read by its company", () => {
    it("answers 200 with the case file's body and echoes x-requestId", async () => {
      const requestId = newRequestId();
      const res = await post(PATHS.GetFlexjob, requestId, caseRequest(CASES.offer, "12345674"));
      expect(res.status).toBe(200);
      expect(res.headers.get("x-requestId")).toBe(requestId);
      expect(await res.json()).toEqual(files.get(`GetFlexjob ${CASES.offer}`));
    });
  });

  describe("with 100 concurrent requests carrying one x-requestId", () => {
    it("answers exactly one 200 and 99 × 412", async () => {
      const requestId = newRequestId();
      const body = caseRequest(CASES.offer, "12345674");
      const responses = await Promise.all(Array.from({ length: 100 }, () => post(PATHS.GetFlexjob, requestId, body)));
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 412)).toHaveLength(99);
      await Promise.all(responses.map((r) => r.arrayBuffer()));
    });
  });
});

describe("GetFlexjobAllocation", () => {
  describe("for sandbox case 3 read by its company", () => {
    it("answers 200 with the case file's body", async () => {
      const res = await post(PATHS.GetFlexjobAllocation, newRequestId(), caseRequest(CASES.allocation, "12345674"));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(files.get(`GetFlexjobAllocation ${CASES.allocation}`));
    });
  });

  describe("for sandbox case 5 (grant status Ukendt)", () => {
    it("answers 409 / 80003 as application/problem+json", async () => {
      const requestId = newRequestId();
      const res = await post(PATHS.GetFlexjobAllocation, requestId, caseRequest(CASES.unknownGrantStatus, "12345674"));
      expect(res.status).toBe(409);
      expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
      expect(await res.json()).toMatchObject({ status: 409, errorCode: 80003, requestId });
    });
  });
});

describe("IsAliveAsync", () => {
  it("answers 200 { isAliveResponseType: { isAlive: true } }", async () => {
    const res = await post(PATHS.IsAliveAsync, newRequestId(), {});
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ isAliveResponseType: { isAlive: true } });
  });
});

describe("the request and response objects", () => {
  it("are created with the app's prototypes, before the app sees them", async () => {
    const seen: { request: boolean; response: boolean }[] = [];
    const record = (req: IncomingMessage, res: ServerResponse) =>
      seen.push({
        request: Object.getPrototypeOf(req) === app.request,
        response: Object.getPrototypeOf(res) === app.response,
      });
    server.server.prependListener("request", record);
    try {
      const res = await post(PATHS.IsAliveAsync, newRequestId(), {});
      expect(res.status).toBe(200);
    } finally {
      server.server.off("request", record);
    }
    expect(seen).toEqual([{ request: true, response: true }]);
  });
});
