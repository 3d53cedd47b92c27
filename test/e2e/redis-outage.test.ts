/**
 * `--redis` through the entry point as users run it (a child process) against a redis-server of
 * the test's own, which the test stops and starts: start-up waits a bounded time for Redis and
 * exits 1 naming the URL; while Redis is away, requests that need it fail closed (500 / 1011) and
 * the server keeps running; once Redis is back it answers normally without a restart.
 */
import { freePort, startRedis, type RedisProcess } from "../fixtures/redis-process";
import { PATHS } from "../fixtures/server-kit";
import { hasMessage, runServer, startServer, type ServerProcess } from "../fixtures/server-process";

jest.setTimeout(60_000);

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

async function post(url: string, path: string, requestId: string, body: unknown = {}) {
  const response = await fetch(url + path, {
    method: "POST",
    headers: { "content-type": "application/json", "x-requestId": requestId },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    body: (await response.json()) as unknown,
  };
}

async function started(args: string[]): Promise<string> {
  server = startServer(["--port", "0", "--log-level", "debug", ...args]);
  const line = await server.line((l) => typeof l.url === "string");
  return line.url as string;
}

describe("flexjob-reference-server --redis", () => {
  describe("when Redis goes away while the server runs", () => {
    it("answers 500 / 1011 to requests that need it, keeps running, and answers normally once Redis is back", async () => {
      const url = await started(["--redis", redis.url, "--redis-prefix", "outage:"]);
      expect((await post(url, PATHS.IsAliveAsync, crypto.randomUUID())).status).toBe(200);

      await redis.stop();
      await server!.line(hasMessage("Redis connection lost: requests that need it get 500 until it is back"));
      const requestId = crypto.randomUUID();
      expect(await post(url, PATHS.IsAliveAsync, requestId)).toEqual({
        status: 500,
        type: "application/problem+json; charset=utf-8",
        body: {
          type: "urn:flexjob-contract:problem:internal-error",
          title: "Internal error",
          status: 500,
          detail: "The replay store is unavailable, so the request cannot be checked; try again once it is back.",
          errorCode: 1011,
          requestId,
        },
      });
      const caseRequest = { getCaseElementRequestType: { caseElementIdentifier: crypto.randomUUID() } };
      expect((await post(url, PATHS.GetFlexjob, crypto.randomUUID(), caseRequest)).status).toBe(500);
      // What needs no request id store still answers.
      expect((await fetch(`${url}/openapi.json`)).status).toBe(200);
      expect(server!.child.exitCode).toBeNull();

      await redis.start();
      await server!.line(hasMessage("Redis connection back: requests are answered normally again"));
      const afterwards = crypto.randomUUID();
      expect((await post(url, PATHS.IsAliveAsync, afterwards)).status).toBe(200);
      expect((await post(url, PATHS.IsAliveAsync, afterwards)).status).toBe(412);
    });
  });

  describe("when stopped while Redis is away", () => {
    it("shuts down gracefully all the same (exit 0)", async () => {
      await started(["--redis", redis.url]);
      await redis.stop();
      await server!.line(hasMessage("Redis connection lost: requests that need it get 500 until it is back"));
      server!.child.kill("SIGTERM");
      expect(await server!.exited).toBe(0);
    });
  });

  describe("when Redis is unreachable at start-up", () => {
    it("retries for --redis-connect-timeout, then exits 1 naming the URL with its password masked", async () => {
      const port = await freePort();
      const { code, stderr } = await runServer([
        "--port",
        "0",
        "--redis",
        `redis://:s3cret@127.0.0.1:${port}/0`,
        "--redis-connect-timeout",
        "1s",
      ]);
      expect(code).toBe(1);
      expect(stderr).toBe(
        `flexjob-reference-server: --redis: cannot reach Redis at redis://:***@127.0.0.1:${port}/0 within 1000 ms (ECONNREFUSED)\n`,
      );
    });

    it("starts once Redis comes up within the timeout", async () => {
      await redis.stop();
      server = startServer(["--port", "0", "--log-level", "debug", "--redis", redis.url]);
      await server.line(hasMessage("Redis not reachable; retrying"));
      await redis.start();
      const line = await server.line((l) => typeof l.url === "string");
      expect(line).toMatchObject({ requestIds: `redis ${redis.url} (prefix flexjob:)` });
    });
  });
});
