/**
 * The fetch that openapi-fetch calls: it adds timeouts and retries (STYLE: "Retries and timeouts
 * sit in a custom fetch"). Every attempt is a freshly built Request (a body is single-use) with a
 * new x-requestId, since the service answers a reused id with 412. The caller's signal (the
 * request's own) stops everything, including a backoff wait, and is never retried.
 */
import { CLIENT_DEFAULTS, type RetryPolicy } from "./defaults";
import { checkedRequestId } from "./request-id";
import { backoffMs, retryAfterMs } from "./retry-delay";
import type { OnRetry, RetryReason } from "./retry-info";
import { linkSignals, rejectOnAbort, sleep } from "./signals";
import { FlexjobNetworkError, FlexjobTimeoutError, type AttemptInfo } from "./transport-errors";

export type FetchLike = (request: Request) => Promise<Response>;

export interface RetryingFetchConfig extends RetryPolicy {
  fetch: FetchLike;
  /** Makes the x-requestId of every attempt after the first (and of the first if the request has none). */
  nextRequestId: () => string;
  /** Told the x-requestId of each attempt just before it is sent. */
  onAttempt?: (requestId: string) => void;
  /** Told about each retry just before its wait. */
  onRetry?: OnRetry | undefined;
  /** Seams for tests; Math.random, setTimeout-based sleep and Date.now otherwise. */
  random?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  now?: () => number;
}

type Outcome = { response: Response } | { error: FlexjobTimeoutError | FlexjobNetworkError };

const RETRY_STATUSES: readonly number[] = CLIENT_DEFAULTS.retryStatuses;

export function createRetryingFetch(config: RetryingFetchConfig): FetchLike {
  const wait = config.sleep ?? sleep;
  return async (template) => {
    const body = template.body === null ? undefined : await template.arrayBuffer();
    const caller = template.signal;
    const sent = new Set<string>();
    for (let attempt = 1; ; attempt++) {
      caller.throwIfAborted();
      const requestId = attemptRequestId(
        attempt === 1 ? template.headers.get("x-requestId") : null,
        sent,
        config.nextRequestId,
      );
      config.onAttempt?.(requestId);
      const headers = withRequestId(template.headers, requestId);
      const build = (signal: AbortSignal): Request => new Request(template, { body, headers, signal });
      const outcome = await attemptOnce(build, template.signal, { requestId, attempts: attempt }, config);
      if (attempt > config.retries) return settle(outcome);
      const delay = retryDelay(outcome, attempt, config);
      if (delay === undefined) return settle(outcome);
      if ("response" in outcome) await discardBody(outcome.response);
      await config.onRetry?.({ attempt, requestId, reason: retryReason(outcome), delayMs: delay });
      await wait(delay, caller);
    }
  };
}

/** The given id (first attempt) or a new one; throws rather than send an id this call already sent. */
function attemptRequestId(given: string | null, sent: Set<string>, next: () => string): string {
  const requestId = checkedRequestId(given ?? next(), "an x-requestId");
  if (sent.has(requestId)) {
    throw new TypeError(
      `the requestId generator returned ${JSON.stringify(requestId)} again within one call; it must make a new id every time (a reused x-requestId gets 412)`,
    );
  }
  sent.add(requestId);
  return requestId;
}

async function attemptOnce(
  build: (signal: AbortSignal) => Request,
  caller: AbortSignal,
  info: AttemptInfo,
  config: RetryingFetchConfig,
): Promise<Outcome> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), config.timeoutMs);
  const linked = linkSignals([caller, timeout.signal]);
  const request = build(linked.signal);
  try {
    // The race also bounds a custom fetch (or its body) that ignores its signal.
    const response = await Promise.race([receive(config.fetch(request)), rejectOnAbort(linked.signal)]);
    return { response };
  } catch (cause) {
    if (caller.aborted) throw caller.reason;
    if (timeout.signal.aborted) return { error: new FlexjobTimeoutError({ ...info, timeoutMs: config.timeoutMs }) };
    return { error: new FlexjobNetworkError({ ...info, cause }) };
  } finally {
    clearTimeout(timer);
    linked.dispose();
    keepReachable(request);
  }
}

/**
 * Used after the attempt's await so that `request` stays reachable until the attempt settles. A
 * Request's signal follows the signal it was built with only while the Request itself is alive
 * (undici holds the link through a WeakRef); once garbage-collected, a timeout or abort would no
 * longer reach the fetch, and a hung connection would stay open.
 */
function keepReachable(request: Request): void {
  void request;
}

/**
 * The response once its body has arrived in full, read through a clone so that the response itself
 * is still unread: the attempt's timeout and the caller's signal bound the body as well as the
 * headers, so a service that stalls mid-body cannot hang the call.
 */
async function receive(pending: Promise<Response>): Promise<Response> {
  const response = await pending;
  await response.clone().arrayBuffer();
  return response;
}

/** The wait before the next attempt, or undefined when this outcome is final. */
function retryDelay(outcome: Outcome, attempt: number, config: RetryingFetchConfig): number | undefined {
  const backoff = (): number => backoffMs(attempt, config, config.random ?? Math.random);
  if ("error" in outcome) return backoff();
  if (!RETRY_STATUSES.includes(outcome.response.status)) return undefined;
  const asked = retryAfterMs(
    outcome.response.headers.get("retry-after"),
    (config.now ?? Date.now)(),
    config.retryAfterMaxMs,
  );
  return asked ?? backoff();
}

function retryReason(outcome: Outcome): RetryReason {
  if ("response" in outcome) return { kind: "status", status: outcome.response.status };
  const { error } = outcome;
  return error.name === "FlexjobTimeoutError" ? { kind: "timeout", error } : { kind: "network", error };
}

function settle(outcome: Outcome): Response {
  if ("error" in outcome) throw outcome.error;
  return outcome.response;
}

function withRequestId(headers: Headers, requestId: string): Headers {
  const copy = new Headers(headers);
  copy.set("x-requestId", requestId);
  return copy;
}

/** Frees the connection of a response that will not be read. */
async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}
