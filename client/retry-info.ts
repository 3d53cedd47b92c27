/**
 * What the `onRetry` hook is told before each retry wait (ky's `beforeRetry` is the model): which
 * attempt failed, with which x-requestId, why, and how long the client waits before the next one.
 */
import type { FlexjobNetworkError, FlexjobTimeoutError } from "./transport-errors";

/** Why an attempt is retried: a retry status (502, 503, 504), a timeout or a network failure. */
export type RetryReason =
  | { kind: "status"; status: number }
  | { kind: "timeout"; error: FlexjobTimeoutError }
  | { kind: "network"; error: FlexjobNetworkError };

export interface RetryInfo {
  /** The attempt that failed: 1 for the first, so the next attempt is `attempt + 1`. */
  attempt: number;
  /** The failed attempt's x-requestId (the next attempt sends a new one). */
  requestId: string;
  reason: RetryReason;
  /** The wait before the next attempt, after backoff or Retry-After. */
  delayMs: number;
}

/**
 * Called before each retry wait. It may return a promise, which is awaited; a hook that throws
 * (or rejects) ends the call with that error, without the retry.
 */
export type OnRetry = (retry: RetryInfo) => void | Promise<void>;
