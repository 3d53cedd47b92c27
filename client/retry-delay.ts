/** How long to wait before a retry: exponential backoff with jitter, or the server's Retry-After. */
import type { RetryPolicy } from "./defaults";

/**
 * The wait before retry `retry` (1 for the first retry): uniformly in [c/2, c) where
 * c = min(backoffMaxMs, backoffBaseMs * 2^(retry-1)). Half the ceiling is jitter, so clients that
 * failed together do not retry together.
 */
export function backoffMs(
  retry: number,
  policy: Pick<RetryPolicy, "backoffBaseMs" | "backoffMaxMs">,
  random: () => number,
): number {
  const ceiling = Math.min(policy.backoffMaxMs, policy.backoffBaseMs * 2 ** (retry - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}

/**
 * The wait a Retry-After header asks for, in ms (RFC 9110 §10.2.3: delay-seconds or an
 * HTTP-date), capped at `maxMs`; undefined when the header is absent or unreadable.
 */
export function retryAfterMs(header: string | null, now: number, maxMs: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  if (Number.isNaN(ms)) return undefined;
  return Math.min(Math.max(ms, 0), maxMs);
}
