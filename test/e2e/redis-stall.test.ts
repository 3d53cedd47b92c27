/**
 * `--redis` against a Redis that stops answering without closing its connections (SIGSTOP on a
 * redis-server of the test's own; a network partition looks the same to the server): requests that
 * need it fail closed (500 / 1011) within the documented bound instead of waiting for the stall, the
 * admin listener answers 503, the log says Redis is not answering, and service resumes by itself
 * once Redis runs again (SIGCONT).
 */
import { startRedis, type RedisProcess } from "../fixtures/redis-process";
import { PATHS } from "../fixtures/server-kit";
import { hasMessage, startServer, type ServerProcess } from "../fixtures/server-process";

jest.setTimeout(60_000);

/** docs/https-and-redis.md: a command waits at most 2 s for Redis's reply. */
const COMMAND_DEADLINE_MS = 2_000;
/** What a request may take beyond the deadline on a busy machine. */
const SLACK_MS = 1_000;

let redis: RedisProcess;
let server: ServerProcess | undefined;

beforeEach(async () => {
  redis = await startRedis();
});

afterEach(async () => {
  server?.child.kill("SIGTERM");
  await server?.exited;
  server = undefined;
  await redis.dispose();
});

async function timed(request: () => Promise<Response>) {
  const started = Date.now();
  const response = await request();
  const body = (await response.json()) as Record<string, unknown>;
  return { status: response.status, body, ms: Date.now() - started };
}

function isAlive(url: string, requestId: string) {
  return timed(() =>
    fetch(url + PATHS.IsAliveAsync, {
      method: "POST",
      headers: { "content-type": "application/json", "x-requestId": requestId },
      body: "{}",
    }),
  );
}

async function started(args: string[]) {
  server = startServer(["--port", "0", "--admin-port", "0", "--log-level", "info", "--redis", redis.url, ...args]);
  const { url } = await server.line((l) => typeof l.url === "string");
  const { adminUrl } = await server.line((l) => typeof l.adminUrl === "string");
  return { url: url as string, adminUrl: adminUrl as string };
}

describe("flexjob-reference-server --redis", () => {
  describe("when Redis stops answering but keeps its connections open", () => {
    it("answers 500 / 1011 within the command deadline, says so in the log, and recovers by itself", async () => {
      const { url, adminUrl } = await started(["--redis-prefix", "stall:"]);
      expect((await isAlive(url, crypto.randomUUID())).status).toBe(200);

      redis.pause();
      const requestId = crypto.randomUUID();
      const first = await isAlive(url, requestId);
      expect(first.status).toBe(500);
      expect(first.body).toMatchObject({ errorCode: 1011, requestId });
      expect(first.ms).toBeLessThan(COMMAND_DEADLINE_MS + SLACK_MS);
      await server!.line(hasMessage("Redis is not answering: requests that need it get 500 until it answers"));

      // Once Redis is known not to answer, requests fail at once instead of each waiting the deadline.
      const concurrent = await Promise.all(Array.from({ length: 20 }, () => isAlive(url, crypto.randomUUID())));
      expect(concurrent.map((r) => r.status)).toEqual(Array(20).fill(500));
      expect(Math.max(...concurrent.map((r) => r.ms))).toBeLessThan(COMMAND_DEADLINE_MS + SLACK_MS);

      // The admin listener's state lives in the same Redis: 503, in the same bound.
      const faults = await timed(() => fetch(`${adminUrl}/faults`));
      expect(faults.status).toBe(503);
      expect(faults.ms).toBeLessThan(COMMAND_DEADLINE_MS + SLACK_MS);
      expect(server!.child.exitCode).toBeNull();

      redis.resume();
      await server!.line(hasMessage("Redis answering again: requests are answered normally again"));
      const afterwards = crypto.randomUUID();
      expect((await isAlive(url, afterwards)).status).toBe(200);
      expect((await isAlive(url, afterwards)).status).toBe(412);
      expect((await timed(() => fetch(`${adminUrl}/faults`))).status).toBe(200);
    });
  });

  describe("when Redis accepts the connection at start-up but answers nothing", () => {
    it("gives up after --redis-connect-timeout and exits 1 naming the URL", async () => {
      redis.pause();
      server = startServer(["--port", "0", "--redis", redis.url, "--redis-connect-timeout", "1s"]);
      const started = Date.now();
      expect(await server.exited).toBe(1);
      expect(Date.now() - started).toBeLessThan(1_000 + COMMAND_DEADLINE_MS + SLACK_MS + 2_000);
      expect(server.stderr()).toBe(
        `flexjob-reference-server: --redis: cannot reach Redis at ${redis.url} within 1000 ms (no answer)\n`,
      );
    });
  });
});
