/**
 * One sandbox shared through Redis: two reference servers started in process with `adminPort` and
 * the same `redis` and `redisPrefix` (each with its own Redis connection, as separate processes
 * would have) see the same run-time cases and faults, and a reset on one resets both. Real
 * redis-server of the test's own, real sockets.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createClient } from "redis";
import { startReferenceServer, type ReferenceServerWithAdmin } from "../../server";
import { adminOf, callOf, readCase } from "../fixtures/admin-kit";
import { startRedis, type RedisProcess } from "../fixtures/redis-process";
import { SANDBOX_DIR } from "../fixtures/server-kit";

// Each instance compiles the spec's validators: seconds on a shared machine.
jest.setTimeout(60_000);

const CASE_1 = "11111111-1111-4111-8111-111111111111";
const NEW_CASE = "abcdef01-2345-4678-89ab-cdef01234567";
const PREFIX = "shared:";
const OTHER_PREFIX = "other:";

let redis: RedisProcess;
let a: ReferenceServerWithAdmin;
let b: ReferenceServerWithAdmin;

beforeAll(async () => {
  redis = await startRedis();
  const options = { adminPort: 0, redis: redis.url, redisPrefix: PREFIX, validateResponses: true } as const;
  [a, b] = await Promise.all([startReferenceServer(options), startReferenceServer(options)]);
});

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await redis.dispose();
});

beforeEach(async () => expect((await adminOf(a.adminUrl)("POST", "/reset")).status).toBe(204));

function offerCase(id: string): Record<string, unknown> {
  const body = JSON.parse(readFileSync(path.join(SANDBOX_DIR, "case-1-offer.json"), "utf8"));
  body.flexjobRequestResponseType.caseElementIdentifier = id;
  return body;
}

const newInspector = () => createClient({ url: redis.url });

/** Runs `use` with a Redis connection of the test's own, to look at keys beside the servers. */
async function withInspector<T>(use: (inspector: ReturnType<typeof newInspector>) => Promise<T>): Promise<T> {
  const inspector = newInspector();
  await inspector.connect();
  try {
    return await use(inspector);
  } finally {
    await inspector.close();
  }
}

describe("two instances with --admin-port sharing one Redis and prefix", () => {
  describe("a case put through one instance's admin listener", () => {
    it("is served and listed by the other, and deleted there for both", async () => {
      expect((await adminOf(a.adminUrl)("PUT", "/cases", offerCase(NEW_CASE))).status).toBe(201);
      expect(await callOf(b.url)("GetFlexjob", readCase(NEW_CASE))).toMatchObject({
        status: 200,
        body: offerCase(NEW_CASE),
      });
      expect((await adminOf(b.adminUrl)("GET", "/cases")).body.cases).toContainEqual({
        operationId: "GetFlexjob",
        caseElementIdentifier: NEW_CASE,
        source: "run-time",
      });
      expect((await adminOf(b.adminUrl)("DELETE", `/cases/GetFlexjob/${NEW_CASE}`)).status).toBe(204);
      expect((await callOf(a.url)("GetFlexjob", readCase(NEW_CASE))).status).toBe(404);
    });
  });

  describe("a fault with times: 2 put on one instance", () => {
    it("of 6 concurrent matching requests split over both, exactly two get the fault and four the answer", async () => {
      const fault = { match: { operationId: "GetFlexjob" }, response: { status: 503 }, times: 2 };
      expect((await adminOf(a.adminUrl)("POST", "/faults", fault)).status).toBe(201);
      const answers = await Promise.all(
        // One to A, five to B: B can only fault twice by taking A's fault.
        Array.from({ length: 6 }, (_, i) => callOf(i === 0 ? a.url : b.url)("GetFlexjob", readCase(CASE_1))),
      );
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses).toEqual([200, 200, 200, 200, 503, 503]);
      expect((await adminOf(b.adminUrl)("GET", "/faults")).body).toEqual({ faults: [] });
    });

    it("is listed by the other instance with its uses left", async () => {
      const fault = { match: { operationId: "GetFlexjob" }, response: { status: 503 }, times: 2 };
      const { body: put } = await adminOf(a.adminUrl)("POST", "/faults", fault);
      expect((await callOf(b.url)("GetFlexjob", readCase(CASE_1))).status).toBe(503);
      expect((await adminOf(b.adminUrl)("GET", "/faults")).body).toEqual({ faults: [{ ...put, remaining: 1 }] });
    });
  });

  describe("POST /reset on one instance", () => {
    it("clears the other's cases and faults and forgets request ids, but leaves another prefix's keys", async () => {
      await withInspector(async (inspector) => {
        await inspector.set(`${OTHER_PREFIX}request-id:kept`, "1");
        await inspector.hSet(`${OTHER_PREFIX}sandbox:cases`, `GetFlexjob ${NEW_CASE}`, "null");
      });
      expect((await adminOf(b.adminUrl)("PUT", "/cases", offerCase(NEW_CASE))).status).toBe(201);
      const fault = { match: { operationId: "IsAliveAsync" }, response: { status: 502 } };
      expect((await adminOf(b.adminUrl)("POST", "/faults", fault)).status).toBe(201);
      const usedId = crypto.randomUUID();
      expect((await callOf(b.url)("GetFlexjob", readCase(CASE_1), usedId)).status).toBe(200);
      expect((await callOf(b.url)("GetFlexjob", readCase(CASE_1), usedId)).status).toBe(412);

      expect((await adminOf(a.adminUrl)("POST", "/reset")).status).toBe(204);

      expect((await callOf(b.url)("GetFlexjob", readCase(NEW_CASE))).status).toBe(404);
      expect((await adminOf(b.adminUrl)("GET", "/faults")).body).toEqual({ faults: [] });
      expect((await callOf(b.url)("IsAliveAsync")).status).toBe(200);
      expect((await callOf(b.url)("GetFlexjob", readCase(CASE_1), usedId)).status).toBe(200);
      await withInspector(async (inspector) => {
        expect(await inspector.get(`${OTHER_PREFIX}request-id:kept`)).toBe("1");
        expect(await inspector.hGetAll(`${OTHER_PREFIX}sandbox:cases`)).toEqual({ [`GetFlexjob ${NEW_CASE}`]: "null" });
      });
    });
  });
});

describe("startReferenceServer with redis", () => {
  describe("close()", () => {
    it("ends the server's own Redis connection", async () => {
      await withInspector(async (inspector) => {
        const connections = async () => (await inspector.clientList()).length;
        const before = await connections();
        const c = await startReferenceServer({ redis: redis.url, redisPrefix: PREFIX });
        expect(await connections()).toBe(before + 1);
        await c.close();
        // Redis notices the closed socket on its own time: wait for it rather than for a fixed time.
        while ((await connections()) !== before) await new Promise((resolve) => setTimeout(resolve, 50));
      });
    });
  });
});
