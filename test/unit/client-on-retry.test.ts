/**
 * The onRetry hook: told before each retry wait which attempt failed, with which x-requestId, why,
 * and for how long the client waits; never called for a final outcome; a throwing hook ends the call.
 */
import { createFlexjobClient, type FlexjobClientOptions, type RetryInfo } from "../../client";
import { createRawClient } from "../../client/raw";
import { BASE_URL, fakeFetch, json, networkFailure, sequentialIds, text, type Reply } from "./client-fake-fetch";

const ALIVE = { isAliveResponseType: { isAlive: true } };

function clientRecordingRetries(replies: Reply[], options: Partial<FlexjobClientOptions> = {}) {
  const fake = fakeFetch(...replies);
  const retries: RetryInfo[] = [];
  const client = createFlexjobClient({
    baseUrl: BASE_URL,
    fetch: fake.fetch,
    requestId: sequentialIds(),
    backoffBaseMs: 0,
    onRetry: (retry) => void retries.push(retry),
    ...options,
  });
  return { client, retries, seen: fake.seen };
}

function rawClientRecordingRetries(replies: Reply[]) {
  const fake = fakeFetch(...replies);
  const retries: RetryInfo[] = [];
  const raw = createRawClient({
    baseUrl: BASE_URL,
    fetch: fake.fetch,
    requestId: sequentialIds(),
    backoffBaseMs: 0,
    onRetry: (retry) => void retries.push(retry),
  });
  return { raw, retries };
}

describe("onRetry", () => {
  describe("when a 503 with Retry-After, then a network failure, precede a 200", () => {
    it("is called once per retry with the failed attempt, its x-requestId, the reason and the wait", async () => {
      const { client, retries, seen } = clientRecordingRetries([
        text(503, "", { "retry-after": "0" }),
        networkFailure(),
        json(200, ALIVE),
      ]);
      await expect(client.isAlive({ requestId: "first" })).resolves.toEqual(ALIVE);
      expect(seen.map((s) => s.requestId)).toEqual(["first", "id-1", "id-2"]);
      expect(retries).toEqual([
        { attempt: 1, requestId: "first", reason: { kind: "status", status: 503 }, delayMs: 0 },
        {
          attempt: 2,
          requestId: "id-1",
          reason: { kind: "network", error: expect.objectContaining({ name: "FlexjobNetworkError" }) },
          delayMs: 0,
        },
      ]);
    });
  });

  describe("when an attempt times out", () => {
    it("gives the reason timeout with the FlexjobTimeoutError", async () => {
      const { client, retries } = clientRecordingRetries(["hang", json(200, ALIVE)], { timeoutMs: 20 });
      await client.isAlive();
      expect(retries).toEqual([
        expect.objectContaining({
          attempt: 1,
          requestId: "id-1",
          reason: { kind: "timeout", error: expect.objectContaining({ name: "FlexjobTimeoutError", timeoutMs: 20 }) },
        }),
      ]);
    });
  });

  describe("when every attempt fails", () => {
    it("is called for each retry, not for the last attempt", async () => {
      const { client, retries } = clientRecordingRetries([text(502, "")], { retries: 2 });
      await expect(client.isAlive()).rejects.toMatchObject({ name: "FlexjobApiError", status: 502 });
      expect(retries.map((r) => r.attempt)).toEqual([1, 2]);
    });
  });

  describe("when the answer is final", () => {
    it.each([200, 400, 500])("is not called for %i", async (status) => {
      const { client, retries } = clientRecordingRetries([text(status, "{}")]);
      await client.isAlive().catch(() => undefined);
      expect(retries).toEqual([]);
    });
  });

  describe("when the hook throws", () => {
    it("ends the call with the hook's error, without the retry", async () => {
      const stop = new Error("stop retrying");
      const { client, seen } = clientRecordingRetries([text(503, "")], {
        onRetry: () => {
          throw stop;
        },
      });
      await expect(client.isAlive()).rejects.toBe(stop);
      expect(seen).toHaveLength(1);
    });
  });

  describe("on createRawClient's client", () => {
    it("is called as for the methods", async () => {
      const { raw, retries } = rawClientRecordingRetries([text(504, ""), json(200, ALIVE)]);
      await raw.POST("/Flexjob/IsAlive", { params: { header: { "x-requestId": "raw-1" } }, body: {} });
      expect(retries).toEqual([
        { attempt: 1, requestId: "raw-1", reason: { kind: "status", status: 504 }, delayMs: 0 },
      ]);
    });
  });

  it("must be a function", () => {
    expect(() => createFlexjobClient({ baseUrl: BASE_URL, onRetry: "log" as never })).toThrow(
      /^onRetry must be a function; got "log"$/,
    );
  });
});
