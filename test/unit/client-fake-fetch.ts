/**
 * A scripted fetch for the client's unit tests: it records what each attempt sent and answers from
 * a list of replies (the last one repeats). Boots nothing.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { CASES } from "../fixtures/sandbox-table";

export interface SeenRequest {
  url: string;
  method: string;
  requestId: string | null;
  body: unknown;
  signal: AbortSignal;
}

/** A reply: a fresh Response per call, an Error to reject with, or "hang" (wait for the signal). */
export type Reply = (() => Response) | Error | "hang";

export function fakeFetch(...replies: Reply[]): {
  fetch: (request: Request) => Promise<Response>;
  seen: SeenRequest[];
  called: Promise<void>;
} {
  const seen: SeenRequest[] = [];
  let markCalled: () => void = () => undefined;
  const called = new Promise<void>((resolve) => (markCalled = resolve));
  const fetch = async (request: Request): Promise<Response> => {
    const text = await request.text();
    seen.push({
      url: request.url,
      method: request.method,
      requestId: request.headers.get("x-requestId"),
      body: text ? JSON.parse(text) : undefined,
      signal: request.signal,
    });
    markCalled();
    const reply = replies[Math.min(seen.length, replies.length) - 1];
    if (reply === undefined) throw new Error("fakeFetch: no reply scripted");
    if (reply instanceof Error) throw reply;
    if (reply === "hang") return hang(request.signal);
    return reply();
  };
  return { fetch, seen, called };
}

/** Like a real fetch: pending until the request's signal aborts, then rejects with its reason. */
function hang(signal: AbortSignal): Promise<Response> {
  return new Promise((_, reject) =>
    signal.addEventListener("abort", () => reject(signal.reason as Error), { once: true }),
  );
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): () => Response {
  const type = status >= 400 ? "application/problem+json" : "application/json";
  return () => new Response(JSON.stringify(body), { status, headers: { "content-type": type, ...headers } });
}

export function text(status: number, body: string, headers: Record<string, string> = {}): () => Response {
  return () => new Response(body, { status, headers });
}

/** A 200 whose body starts and then never ends (nor errors when its request is aborted). */
export function stalledBody(): () => Response {
  const start = new TextEncoder().encode('{"isAliveResponseType":');
  return () =>
    new Response(new ReadableStream({ start: (controller) => controller.enqueue(start) }), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
}

/** A network failure as Node's fetch reports it: TypeError "fetch failed" whose cause says why. */
export function networkFailure(): Error {
  return new TypeError("fetch failed", {
    cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }),
  });
}

export const BASE_URL = "http://flexjob.test";
export const CASE_ID = CASES.offer;
export const ORGANISATION = { organisationTypeIdentifier: 24, organisationCode: "12345674" };

/**
 * A full garbage collection, on demand: exposes V8's gc() at run time (tests only), so that a test
 * can show that something the client relies on is still reachable.
 */
export function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

/** Lets the current macrotask end, so that objects kept alive for it (WeakRef targets) may be collected. */
export function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Ids "id-1", "id-2", ... so a test can say which attempt sent which. */
export function sequentialIds(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}
