import { createFlexjobClient, isFlexjobTimeoutError, type FlexjobTimeoutError } from "../../client";
import { createRetryingFetch } from "../../client/retrying-fetch";
import { sleep } from "../../client/signals";
import {
  BASE_URL,
  CASE_ID,
  collectGarbage,
  fakeFetch,
  json,
  nextMacrotask,
  sequentialIds,
  stalledBody,
  text,
} from "./client-fake-fetch";

const ALIVE = { isAliveResponseType: { isAlive: true } };

describe("timeouts", () => {
  describe("when no attempt gets an answer within timeoutMs", () => {
    it("aborts each attempt, retries, then throws a FlexjobTimeoutError", async () => {
      const fake = fakeFetch("hang");
      const client = createFlexjobClient({
        baseUrl: BASE_URL,
        fetch: fake.fetch,
        requestId: sequentialIds(),
        timeoutMs: 20,
        backoffBaseMs: 0,
      });
      const error = await client.isAlive().catch((e: unknown) => e);
      expect(isFlexjobTimeoutError(error)).toBe(true);
      expect(error).toMatchObject({ name: "FlexjobTimeoutError", timeoutMs: 20, attempts: 3, requestId: "id-3" });
      expect(fake.seen.map((s) => s.signal.aborted)).toEqual([true, true, true]);
    });
  });

  describe("when the first attempt hangs and the second answers", () => {
    it("resolves: the timeout is per attempt", async () => {
      const fake = fakeFetch("hang", json(200, ALIVE));
      const client = createFlexjobClient({ baseUrl: BASE_URL, fetch: fake.fetch, timeoutMs: 20, backoffBaseMs: 0 });
      await expect(client.isAlive()).resolves.toEqual(ALIVE);
      expect(fake.seen).toHaveLength(2);
    });
  });

  describe("when the headers arrive but the body stalls", () => {
    it("times the attempt out all the same: the timeout covers the whole response", async () => {
      const fake = fakeFetch(stalledBody());
      const client = createFlexjobClient({
        baseUrl: BASE_URL,
        fetch: fake.fetch,
        requestId: sequentialIds(),
        timeoutMs: 20,
        backoffBaseMs: 0,
      });
      await expect(client.isAlive()).rejects.toMatchObject({
        name: "FlexjobTimeoutError",
        attempts: 3,
        requestId: "id-3",
      });
    });
  });

  describe("with a per-call timeoutMs", () => {
    it("uses it instead of the client's", async () => {
      const fake = fakeFetch("hang");
      const client = createFlexjobClient({ baseUrl: BASE_URL, fetch: fake.fetch, timeoutMs: 600_000, retries: 0 });
      const error = await client.getFlexjob(CASE_ID, { timeoutMs: 15 }).catch((e: unknown) => e);
      expect((error as FlexjobTimeoutError).timeoutMs).toBe(15);
    });
  });

  describe("with a custom fetch that ignores its signal", () => {
    it("still gives up after timeoutMs", async () => {
      const neverSettles = (): Promise<Response> => new Promise(() => undefined);
      const client = createFlexjobClient({ baseUrl: BASE_URL, fetch: neverSettles, timeoutMs: 15, retries: 0 });
      await expect(client.isAlive()).rejects.toMatchObject({ name: "FlexjobTimeoutError" });
    });
  });
});

describe("abort by the caller's signal", () => {
  describe("while an attempt is in flight", () => {
    it("rejects with the signal's reason, is not retried and is no timeout", async () => {
      const fake = fakeFetch("hang");
      const client = createFlexjobClient({ baseUrl: BASE_URL, fetch: fake.fetch, backoffBaseMs: 0 });
      const controller = new AbortController();
      const call = client.getFlexjob(CASE_ID, { signal: controller.signal });
      await fake.called;
      const reason = new Error("user navigated away");
      controller.abort(reason);
      await expect(call).rejects.toBe(reason);
      expect(fake.seen).toHaveLength(1);
    });
  });

  describe("while the body of a response is arriving", () => {
    it("rejects with the signal's reason", async () => {
      const fake = fakeFetch(stalledBody());
      const client = createFlexjobClient({ baseUrl: BASE_URL, fetch: fake.fetch });
      const controller = new AbortController();
      const call = client.isAlive({ signal: controller.signal });
      await fake.called;
      await nextMacrotask();
      const reason = new Error("user navigated away");
      controller.abort(reason);
      await expect(call).rejects.toBe(reason);
    });
  });

  describe("during the wait before a retry", () => {
    it("stops waiting and makes no further attempt", async () => {
      const fake = fakeFetch(text(503, ""));
      const controller = new AbortController();
      let markWaiting: () => void = () => undefined;
      const waiting = new Promise<void>((resolve) => (markWaiting = resolve));
      // The real sleep, observed: the abort below comes once the wait has begun.
      const observedSleep = (ms: number, signal: AbortSignal): Promise<void> => (markWaiting(), sleep(ms, signal));
      const fetch = createRetryingFetch({
        fetch: fake.fetch,
        nextRequestId: sequentialIds(),
        timeoutMs: 1000,
        retries: 2,
        backoffBaseMs: 600_000,
        backoffMaxMs: 600_000,
        retryAfterMaxMs: 0,
        sleep: observedSleep,
      });
      const call = fetch(new Request(BASE_URL, { method: "POST", body: "{}", signal: controller.signal }));
      await waiting;
      await nextMacrotask();
      controller.abort(new Error("stop"));
      await expect(call).rejects.toThrow("stop");
      expect(fake.seen).toHaveLength(1);
    });
  });

  describe("after a garbage collection while an attempt is in flight", () => {
    // The fetch sees only the Request, whose signal follows the client's only while the Request is
    // reachable; the client keeps it so, or an abort or timeout would never reach the connection.
    it("still aborts the request the fetch was given", async () => {
      const fake = fakeFetch("hang");
      const client = createFlexjobClient({ baseUrl: BASE_URL, fetch: fake.fetch });
      const controller = new AbortController();
      const call = client.isAlive({ signal: controller.signal }).catch(() => undefined);
      await fake.called;
      await nextMacrotask();
      collectGarbage();
      controller.abort(new Error("stop"));
      await call;
      expect(fake.seen.map((s) => s.signal.aborted)).toEqual([true]);
    });
  });

  describe("before the call", () => {
    it("rejects without sending anything", async () => {
      const fake = fakeFetch(json(200, ALIVE));
      const client = createFlexjobClient({ baseUrl: BASE_URL, fetch: fake.fetch });
      await expect(client.isAlive({ signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
      expect(fake.seen).toHaveLength(0);
    });
  });
});
