/**
 * The sandbox state in Redis while Redis is away, against a redis-server of the test's own which
 * the test stops and starts: requests that need the state fail closed (the service 500 / 1011, the
 * admin listener 503 naming the store), nothing crashes, and once Redis is back both answer
 * normally without a restart.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import pino from "pino";
import { createApp } from "../../server/sandbox/create-app";
import { createRedisSandboxState } from "../../server/sandbox/control/redis-sandbox-state";
import { createSandboxControl } from "../../server/sandbox/control/sandbox-control";
import { connectRedis, type RedisConnection } from "../../server/stores/redis-connection";
import { listen, type Listening } from "../../server/transport/serve";
import { adminOf, callOf, readCase } from "../fixtures/admin-kit";
import { startRedis, type RedisProcess } from "../fixtures/redis-process";
import { SANDBOX_DIR } from "../fixtures/server-kit";
import { hasMessage, startServer, type ServerProcess } from "../fixtures/server-process";

jest.setTimeout(60_000);

const CASE_1 = "11111111-1111-4111-8111-111111111111";
const NEW_CASE = "abcdef01-2345-4678-89ab-cdef01234567";

let redis: RedisProcess;
let server: ServerProcess | undefined;
let inProcess: { listening: Listening; connection: RedisConnection } | undefined;

beforeEach(async () => {
  redis = await startRedis();
});

afterEach(async () => {
  server?.child.kill("SIGTERM");
  await server?.exited;
  server = undefined;
  await inProcess?.listening.close();
  await inProcess?.connection.close();
  inProcess = undefined;
  await redis.dispose();
});

const LOST = hasMessage("Redis connection lost: requests that need it get 500 until it is back");
const BACK = hasMessage("Redis connection back: requests are answered normally again");

function offerCase(id: string): Record<string, unknown> {
  const body = JSON.parse(readFileSync(path.join(SANDBOX_DIR, "case-1-offer.json"), "utf8"));
  body.flexjobRequestResponseType.caseElementIdentifier = id;
  return body;
}

const SANDBOX_STORE_AWAY = {
  type: "urn:flexjob-contract:admin-problem:store-unavailable",
  title: "Store unavailable",
  status: 503,
  detail: "The sandbox state store is unavailable; try again once it is back.",
};

describe("flexjob-reference-server --admin-port --redis", () => {
  describe("when Redis goes away while the server runs", () => {
    it("answers 500 / 1011 on the service and 503 on the admin listener, keeps running, and recovers", async () => {
      server = startServer(["--port", "0", "--admin-port", "0", "--log-level", "debug", "--redis", redis.url]);
      const { url, sandboxState } = await server.line((l) => typeof l.url === "string");
      expect(sandboxState).toBe(`redis ${redis.url} (prefix flexjob:)`);
      const { adminUrl } = await server.line((l) => typeof l.adminUrl === "string");
      const [admin, call] = [adminOf(adminUrl as string), callOf(url as string)];
      expect((await admin("PUT", "/cases", offerCase(NEW_CASE))).status).toBe(201);

      await redis.stop();
      await server.line(LOST);
      expect(await call("GetFlexjob", readCase(NEW_CASE))).toMatchObject({ status: 500, body: { errorCode: 1011 } });
      for (const [method, route, body] of [
        ["GET", "/cases"],
        ["PUT", "/cases", offerCase(NEW_CASE)],
        ["DELETE", `/cases/GetFlexjob/${NEW_CASE}`],
        ["GET", "/faults"],
        ["POST", "/faults", { response: { status: 503 } }],
        ["DELETE", "/faults"],
        ["POST", "/reset"],
      ] as const) {
        const answer = await admin(method, route, body);
        expect([method, route, answer.status, answer.headers.get("content-type"), answer.body]).toEqual([
          method,
          route,
          503,
          "application/problem+json; charset=utf-8",
          SANDBOX_STORE_AWAY,
        ]);
      }
      // The journal is the instance's own, in memory.
      expect((await admin("GET", "/requests")).status).toBe(200);
      expect(server.child.exitCode).toBeNull();

      await redis.start();
      await server.line(BACK);
      // The test's Redis comes back empty: the case put before is gone, a new one is served.
      expect((await call("GetFlexjob", readCase(NEW_CASE))).status).toBe(404);
      expect((await admin("PUT", "/cases", offerCase(NEW_CASE))).status).toBe(201);
      expect((await call("GetFlexjob", readCase(NEW_CASE))).status).toBe(200);
    });
  });
});

describe("the service with its sandbox state in Redis", () => {
  describe("when only that store is away", () => {
    it("answers every operation 500 / 1011 naming the store, and normally once it is back", async () => {
      const logger = pino({ enabled: false });
      const connection = await connectRedis({ url: redis.url, prefix: "state:", connectTimeoutMs: 5_000, logger });
      const control = createSandboxControl({ state: createRedisSandboxState(connection) });
      // Request ids in memory, so that the sandbox state is the one store that can fail.
      const listening = await listen(createApp({ control, validateResponses: true }), 0, "127.0.0.1");
      inProcess = { listening, connection };
      const call = callOf(listening.url);

      await redis.stop();
      for (const [operationId, body] of [
        ["GetFlexjob", readCase(CASE_1)],
        ["GetFlexjobAllocation", readCase(CASE_1)],
        ["IsAliveAsync", {}],
      ] as const) {
        const requestId = crypto.randomUUID();
        expect(await call(operationId, body, requestId)).toMatchObject({
          status: 500,
          body: {
            type: "urn:flexjob-contract:problem:internal-error",
            title: "Internal error",
            status: 500,
            detail:
              "The sandbox state store is unavailable, so the request cannot be checked; try again once it is back.",
            errorCode: 1011,
            requestId,
          },
        });
      }

      await redis.start();
      await waitFor(async () => (await call("GetFlexjob", readCase(CASE_1))).status === 200);
      expect((await call("IsAliveAsync")).status).toBe(200);
    });
  });
});

/** Polls until `ready` holds: the connection comes back on its own backoff (at most 2 s). */
async function waitFor(ready: () => Promise<boolean>): Promise<void> {
  while (!(await ready())) await new Promise((resolve) => setTimeout(resolve, 100));
}
