/**
 * Every request a check sends, recorded with its answer (or why it got none) and its timing: the
 * outcomes a run reached are read from these, and a failure's exchanges go to --har.
 */
import { RequestFailed, type Exchange, type OutgoingRequest, type Send } from "./http";

export interface Recorded {
  request: OutgoingRequest;
  /** The answer; undefined when the request got none. */
  exchange?: Exchange;
  /** Why there was no answer (refused, reset, timed out). */
  error?: string;
  startedAt: Date;
  durationMs: number;
}

/** A Send that records every request it sends into `log`, answered or not. */
export function recordingSend(send: Send, log: Recorded[]): Send {
  return async (request) => {
    const startedAt = new Date();
    const started = performance.now();
    const durationMs = (): number => Math.round((performance.now() - started) * 1000) / 1000;
    try {
      const exchange = await send(request);
      log.push({ request, exchange, startedAt, durationMs: durationMs() });
      return exchange;
    } catch (error) {
      if (error instanceof RequestFailed)
        log.push({ request, error: error.message, startedAt, durationMs: durationMs() });
      throw error;
    }
  };
}
