/**
 * The client's defaults, in one table (README: "Retries and timeouts").
 *
 * | option          | default | meaning |
 * |-----------------|---------|---------|
 * | timeoutMs       | 10 000  | per attempt, until the whole response (headers and body) has arrived; then FlexjobTimeoutError |
 * | retries         | 2       | further attempts after the first (so 3 in all), only for the retry statuses and network failures/timeouts |
 * | backoffBaseMs   | 250     | retry n waits a random time in [c/2, c), c = min(backoffMaxMs, backoffBaseMs * 2^(n-1)) |
 * | backoffMaxMs    | 4 000   | the ceiling c never exceeds this |
 * | retryAfterMaxMs | 20 000  | a Retry-After (seconds or HTTP-date) replaces the backoff, capped at this |
 * | retryStatuses   | 502, 503, 504 | fixed: only these statuses are retried (every operation is a read) |
 *
 * With the defaults, a service that never answers fails after at most
 * 3 × 10 000 + 250 + 500 = 30 750 ms.
 */
export const CLIENT_DEFAULTS = {
  timeoutMs: 10_000,
  retries: 2,
  backoffBaseMs: 250,
  backoffMaxMs: 4_000,
  retryAfterMaxMs: 20_000,
  retryStatuses: [502, 503, 504],
} as const;

/** The numbers that shape retries and timeouts, as the retrying fetch takes them. */
export interface RetryPolicy {
  timeoutMs: number;
  retries: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  retryAfterMaxMs: number;
}
