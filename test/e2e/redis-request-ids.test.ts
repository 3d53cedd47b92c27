/**
 * Request ids shared through Redis (`--redis`): server instances with one Redis and prefix keep
 * the replay rule between them and across a restart. Real redis-server of the test's own, real
 * sockets; each instance has its own Redis connection, as separate processes would.
 */
import { createClient } from "redis";
import { createApp } from "../../server/sandbox/create-app";
import { connectRedis } from "../../server/stores/redis-connection";
import { createRedisRequestIdStore } from "../../server/stores/redis-request-id-store";
import { listen } from "../../server/transport/serve";
import { PATHS } from "../fixtures/server-kit";
import { startRedis, type RedisProcess } from "../fixtures/redis-process";
import pino from "pino";

// Each instance compiles the spec's validators: seconds on a shared machine.
jest.setTimeout(60_000);

const RETENTION_MS = 60_000;
let redis: RedisProcess;
const running: Instance[] = [];

interface Instance {
  url: string;
  close(): Promise<void>;
}

beforeAll(async () => {
  redis = await startRedis();
});

afterAll(async () => {
  await Promise.all(running.map((instance) => instance.close()));
  await redis.dispose();
});

/** A reference server instance keeping its request ids in the test's Redis under `prefix`. */
async function startInstance(prefix = "flexjob:"): Promise<Instance> {
  const logger = pino({ enabled: false });
  const connection = await connectRedis({ url: redis.url, prefix, connectTimeoutMs: 5_000, logger });
  const store = createRedisRequestIdStore(connection, { retentionMs: RETENTION_MS });
  const listening = await listen(createApp({ requestIdStore: store, validateResponses: true }), 0, "127.0.0.1");
  let closed = false;
  const instance = {
    url: listening.url,
    close: async () => {
      if (closed) return;
      closed = true;
      await listening.close();
      await connection.close();
    },
  };
  running.push(instance);
  return instance;
}

async function isAlive(instance: Instance, requestId: string): Promise<number> {
  const response = await fetch(instance.url + PATHS.IsAliveAsync, {
    method: "POST",
    headers: { "content-type": "application/json", "x-requestId": requestId },
    body: "{}",
  });
  await response.arrayBuffer();
  return response.status;
}

describe("the replay rule with --redis", () => {
  describe("two instances sharing one Redis", () => {
    it("of 100 concurrent requests with one id, split across both, exactly one gets 200 and 99 get 412", async () => {
      const [a, b] = await Promise.all([startInstance(), startInstance()]);
      const id = crypto.randomUUID();
      const statuses = await Promise.all(Array.from({ length: 100 }, (_, i) => isAlive(i % 2 === 0 ? a : b, id)));
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 412)).toHaveLength(99);
    });

    it("answers 412 on one instance to an id first used on the other", async () => {
      const [a, b] = await Promise.all([startInstance(), startInstance()]);
      const id = crypto.randomUUID();
      expect(await isAlive(a, id)).toBe(200);
      expect(await isAlive(b, id)).toBe(412);
    });
  });

  describe("an instance restarted", () => {
    it("still answers 412 to an id used before the restart", async () => {
      const before = await startInstance();
      const id = crypto.randomUUID();
      expect(await isAlive(before, id)).toBe(200);
      await before.close();
      const after = await startInstance();
      expect(await isAlive(after, id)).toBe(412);
    });
  });

  describe("the keys in Redis", () => {
    it("are <prefix>request-id:<id>, expiring with the retention window, and another prefix does not share them", async () => {
      const instance = await startInstance("team-a:");
      const id = crypto.randomUUID();
      expect(await isAlive(instance, id)).toBe(200);
      const inspector = createClient({ url: redis.url });
      await inspector.connect();
      try {
        expect(await inspector.get(`team-a:request-id:${id}`)).toBe("1");
        const ttl = await inspector.pTTL(`team-a:request-id:${id}`);
        expect(ttl).toBeGreaterThan(0);
        expect(ttl).toBeLessThanOrEqual(RETENTION_MS);
      } finally {
        await inspector.close();
      }
      const otherSandbox = await startInstance("team-b:");
      expect(await isAlive(otherSandbox, id)).toBe(200);
      expect(await isAlive(otherSandbox, id)).toBe(412);
    });
  });
});
