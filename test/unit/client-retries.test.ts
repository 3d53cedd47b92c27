import { createFlexjobClient, isFlexjobNetworkError, type FlexjobNetworkError } from "../../client";
import { backoffMs, retryAfterMs } from "../../client/retry-delay";
import { createRetryingFetch, type RetryingFetchConfig } from "../../client/retrying-fetch";
import {
  BASE_URL,
  CASE_ID,
  fakeFetch,
  json,
  networkFailure,
  ORGANISATION,
  sequentialIds,
  text,
  type Reply,
} from "./client-fake-fetch";

const ALIVE = { isAliveResponseType: { isAlive: true } };
const problem503 = json(503, { type: "urn:x", title: "Service unavailable", status: 503, detail: "busy" });

/** A client whose waits are zero, so retry tests do not sleep. */
function clientAnswering(...replies: Reply[]) {
  const fake = fakeFetch(...replies);
  const client = createFlexjobClient({
    baseUrl: BASE_URL,
    organisation: ORGANISATION,
    fetch: fake.fetch,
    requestId: sequentialIds(),
    backoffBaseMs: 0,
  });
  return { client, seen: fake.seen };
}

describe("retries", () => {
  describe.each([502, 503, 504])("when every attempt answers %i", (status) => {
    it("makes 1 + retries attempts, then throws the last answer as a FlexjobApiError", async () => {
      const { client, seen } = clientAnswering(text(status, ""));
      await expect(client.isAlive()).rejects.toMatchObject({ name: "FlexjobApiError", status, requestId: "id-3" });
      expect(seen).toHaveLength(3);
    });
  });

  describe.each([400, 403, 404, 409, 412, 500])("when the service answers %i", (status) => {
    it("does not retry", async () => {
      const { client, seen } = clientAnswering(json(status, { type: "urn:x", title: "t", status, detail: "d" }));
      await expect(client.getFlexjob(CASE_ID)).rejects.toMatchObject({ status });
      expect(seen).toHaveLength(1);
    });
  });

  describe("when an attempt fails with 503 and the next succeeds", () => {
    it("resolves to the body, each attempt having sent a fresh request with its own x-requestId and the same body", async () => {
      const { client, seen } = clientAnswering(problem503, json(200, ALIVE));
      await expect(client.isAlive()).resolves.toEqual(ALIVE);
      expect(seen.map((s) => s.requestId)).toEqual(["id-1", "id-2"]);
      expect(seen.map((s) => s.body)).toEqual([
        { activeOrganisationHeader: ORGANISATION },
        { activeOrganisationHeader: ORGANISATION },
      ]);
    });
  });

  describe("when the network fails on every attempt", () => {
    it("retries, then throws a FlexjobNetworkError that keeps the cause, every attempt with a different x-requestId", async () => {
      const failure = networkFailure();
      const { client, seen } = clientAnswering(failure);
      const error = await client.getFlexjob(CASE_ID).catch((e: unknown) => e);
      expect(isFlexjobNetworkError(error)).toBe(true);
      expect(error).toMatchObject({ name: "FlexjobNetworkError", attempts: 3, requestId: "id-3" });
      expect((error as FlexjobNetworkError).cause).toBe(failure);
      expect((error as Error).message).toContain("ECONNREFUSED");
      expect(new Set(seen.map((s) => s.requestId)).size).toBe(3);
    });
  });

  describe("when the network fails once", () => {
    it("retries and resolves", async () => {
      const { client, seen } = clientAnswering(networkFailure(), json(200, ALIVE));
      await expect(client.isAlive()).resolves.toEqual(ALIVE);
      expect(seen).toHaveLength(2);
    });
  });

  describe("with retries: 0", () => {
    it("makes exactly one attempt", async () => {
      const fake = fakeFetch(problem503);
      const client = createFlexjobClient({ baseUrl: BASE_URL, fetch: fake.fetch, retries: 0 });
      await expect(client.isAlive()).rejects.toMatchObject({ name: "FlexjobApiError", status: 503 });
      expect(fake.seen).toHaveLength(1);
    });
  });

  describe("with a requestId generator that repeats an id within a call", () => {
    it("throws a TypeError instead of retrying with the id already sent", async () => {
      const fake = fakeFetch(problem503, json(200, ALIVE));
      const client = createFlexjobClient({
        baseUrl: BASE_URL,
        fetch: fake.fetch,
        requestId: () => "same-id",
        backoffBaseMs: 0,
      });
      await expect(client.isAlive()).rejects.toThrow(
        /^the requestId generator returned "same-id" again within one call/,
      );
      expect(fake.seen.map((s) => s.requestId)).toEqual(["same-id"]);
    });
  });

  describe("with a per-call requestId", () => {
    it("sends it on the first attempt and a generated one on each retry", async () => {
      const { client, seen } = clientAnswering(problem503, problem503, json(200, ALIVE));
      await client.isAlive({ requestId: "my-first-id" });
      expect(seen.map((s) => s.requestId)).toEqual(["my-first-id", "id-1", "id-2"]);
    });
  });
});

/** Runs one request through a retrying fetch whose waits are recorded instead of slept. */
async function waitsFor(replies: Reply[], config: Partial<RetryingFetchConfig> = {}): Promise<number[]> {
  const waits: number[] = [];
  const fake = fakeFetch(...replies);
  const fetch = createRetryingFetch({
    fetch: fake.fetch,
    nextRequestId: sequentialIds(),
    timeoutMs: 1000,
    retries: 2,
    backoffBaseMs: 100,
    backoffMaxMs: 1000,
    retryAfterMaxMs: 5000,
    sleep: async (ms) => void waits.push(ms),
    now: () => Date.parse("2025-03-01T10:00:00Z"),
    ...config,
  });
  // The final outcome (a response or a thrown error) is not what these tests look at.
  await fetch(new Request(BASE_URL, { method: "POST", body: "{}" })).catch(() => undefined);
  return waits;
}

describe("backoff", () => {
  it.each([
    { retry: 1, want: [50, 100] },
    { retry: 2, want: [100, 200] },
    { retry: 3, want: [200, 400] },
    { retry: 6, want: [500, 1000] }, // capped by backoffMaxMs
  ])("waits in [c/2, c) before retry $retry", ({ retry, want }) => {
    const policy = { backoffBaseMs: 100, backoffMaxMs: 1000 };
    expect(backoffMs(retry, policy, () => 0)).toBe(want[0]);
    expect(backoffMs(retry, policy, () => 0.999999)).toBeLessThan(want[1]!);
    expect(backoffMs(retry, policy, () => 0.999999)).toBeGreaterThan(want[1]! * 0.99);
  });

  it("applies the bounds to every wait of a retried request", async () => {
    await expect(waitsFor([problem503], { random: () => 0 })).resolves.toEqual([50, 100]);
    await expect(waitsFor([networkFailure()], { random: () => 0.5 })).resolves.toEqual([75, 150]);
  });
});

describe("Retry-After", () => {
  it.each([
    { name: "seconds", header: "2", want: [2000, 2000] },
    { name: "an HTTP-date", header: "Sat, 01 Mar 2025 10:00:03 GMT", want: [3000, 3000] },
    { name: "a value over the cap", header: "3600", want: [5000, 5000] },
    { name: "an HTTP-date in the past", header: "Sat, 01 Mar 2025 09:00:00 GMT", want: [0, 0] },
    { name: "an unreadable value (backoff instead)", header: "soon", want: [50, 100] },
  ])("on a 503 with $name waits as asked", async ({ header, want }) => {
    await expect(waitsFor([text(503, "", { "retry-after": header })], { random: () => 0 })).resolves.toEqual(want);
  });

  it("parses nothing from an absent header", () => {
    expect(retryAfterMs(null, 0, 5000)).toBeUndefined();
  });
});
