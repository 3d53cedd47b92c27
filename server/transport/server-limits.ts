/**
 * What one server process gives its clients at most: connections, time to send a request, time
 * an idle connection is kept, requests in flight per connection, time an answer waits on a client
 * that reads nothing. Defaults are tight enough that hostile or broken clients cannot hold the
 * server for long, and loose enough for any honest client of a request/response API.
 */
import { ConfigError } from "../pipeline";
import { MS, whole, type ValueRule } from "../pipeline";

export interface ServerLimits {
  /** The most open connections (server.maxConnections); kept below the usual descriptor limit of 1024. */
  maxConnections: number;
  /** Time to receive a request's headers, from its first byte or the connection's start (Node's headersTimeout). */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included (Node's requestTimeout); at least headersTimeoutMs. */
  requestTimeoutMs: number;
  /**
   * Over HTTPS, time to complete the TLS handshake from the connection's start (Node's
   * handshakeTimeout, whose default of 120 s would let idle sockets hold connections for minutes).
   */
  handshakeTimeoutMs: number;
  /** How long a connection may sit idle between requests (Node's keepAliveTimeout). */
  keepAliveTimeoutMs: number;
  /** How long answers may wait on a client that reads none of them before its connection is closed. */
  sendTimeoutMs: number;
  /** The most requests in flight on one connection (pipelined ahead of their answers); more closes it. */
  maxInFlight: number;
}

export const SERVER_LIMIT_DEFAULTS = {
  maxConnections: 500,
  headersTimeoutMs: 15_000,
  requestTimeoutMs: 25_000,
  handshakeTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  sendTimeoutMs: 10_000,
  maxInFlight: 32,
} as const satisfies ServerLimits;

/** Each limit's rule, which the command line states too (server/config/setting-rules.ts). */
export const LIMIT_RULES = {
  maxConnections: whole(1, 1_000_000, "must be a whole number from 1 to 1000000"),
  headersTimeoutMs: MS,
  requestTimeoutMs: MS,
  handshakeTimeoutMs: MS,
  keepAliveTimeoutMs: MS,
  sendTimeoutMs: MS,
  maxInFlight: whole(1, Number.MAX_SAFE_INTEGER, "must be a positive whole number"),
} as const satisfies { [K in keyof ServerLimits]: ValueRule<unknown> };

/** How long in-flight requests may take to finish once shutdown starts before they are cut off. */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * How often Node checks headersTimeout and requestTimeout (its default, 30 s, would let a silent
 * connection stay 45 s instead of 15).
 */
export const TIMEOUT_CHECK_INTERVAL_MS = 1_000;

/**
 * The limits with defaults filled in; throws a ConfigError naming the limit, the rule (the command
 * line's, setting-rules.ts) and the value.
 */
export function resolveServerLimits(limits: Partial<ServerLimits> = {}): ServerLimits {
  const resolved: ServerLimits = { ...SERVER_LIMIT_DEFAULTS };
  for (const [key, value] of Object.entries(limits) as [keyof ServerLimits, number | undefined][]) {
    if (value === undefined) continue;
    const { rule, holds } = LIMIT_RULES[key];
    if (!holds(value)) throw new ConfigError(`${key} ${rule}; got ${JSON.stringify(value)}`);
    resolved[key] = value;
  }
  if (resolved.headersTimeoutMs > resolved.requestTimeoutMs)
    throw new ConfigError(
      `headersTimeoutMs must not be larger than requestTimeoutMs; got ${resolved.headersTimeoutMs} > ${resolved.requestTimeoutMs}`,
    );
  return resolved;
}
