/**
 * The sandbox state in Redis (a redis-server of the test's own) keeps what the in-memory state
 * keeps, and a take reads only the faults that can match the request: the bytes Redis sends per
 * take do not grow with the faults waiting for other operations, cases or callers.
 */
import pino from "pino";
import { createRedisSandboxState } from "../../server/sandbox/control/redis-sandbox-state";
import { connectRedis, type RedisConnection } from "../../server/stores/redis-connection";
import { startRedis, type RedisProcess } from "../fixtures/redis-process";
import { describeSandboxState, fault } from "../fixtures/sandbox-state-behaviour";

let redis: RedisProcess;
let connection: RedisConnection;
let prefixes = 0;

beforeAll(async () => {
  redis = await startRedis();
  connection = await connectRedis({
    url: redis.url,
    prefix: "state:",
    connectTimeoutMs: 5_000,
    logger: pino({ enabled: false }),
  });
});

afterAll(async () => {
  await connection.close();
  await redis.dispose();
});

/** A state under a prefix of its own, so that each test starts empty. */
async function freshState() {
  const prefix = `state-${prefixes++}:`;
  return createRedisSandboxState({ run: connection.run, key: (...parts) => prefix + parts.join(":") });
}

describe("createRedisSandboxState", () => {
  describeSandboxState(freshState);

  describe("takeFault with many faults for other cases and callers", () => {
    /** The bytes Redis has sent to its clients so far. */
    async function bytesSent(): Promise<number> {
      const info = await connection.run((c) => c.info("stats"));
      return Number(/total_net_output_bytes:(\d+)/.exec(info)![1]);
    }

    async function bytesPerTake(others: number): Promise<number> {
      const state = await freshState();
      for (let i = 0; i < others; i++)
        await state.addFault(fault(`other-${i}`, { match: { organisationCode: `${i}` } }), 1000);
      await state.addFault(fault("mine", { match: { organisationCode: "mine" } }), 1000);
      const before = await bytesSent();
      for (let i = 0; i < 20; i++)
        expect((await state.takeFault({ operationId: "IsAliveAsync", organisationCode: "mine" }))?.id).toBe("mine");
      return ((await bytesSent()) - before) / 20;
    }

    it("costs Redis no more bytes per take than with none", async () => {
      const alone = await bytesPerTake(0);
      const crowded = await bytesPerTake(999);
      expect(crowded).toBeLessThan(alone * 1.2);
    });
  });
});
