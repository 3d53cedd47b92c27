/**
 * A replay store in Redis for createFlexjobApp, shared by every instance with the same Redis and
 * prefix, with the connection it runs on: node-redis is loaded when this is called, not when the
 * package is imported.
 */
import type { Logger } from "pino";
import pino from "pino";
import { REDIS_DEFAULTS } from "./redis-defaults";
import { REQUEST_ID_DEFAULTS, type RequestIdStore } from "../../core";

export interface RedisRequestIdsOptions {
  /** redis://[[user]:password@]host[:port][/db] or rediss://... */
  url: string;
  /** Put before every key (default "flexjob:"). */
  prefix?: string;
  /** How long an id is remembered, in ms (default 7 days, as STAR). */
  retentionMs?: number;
  /** How long connecting waits for Redis before rejecting with a RedisUnreachableError (default 10 s). */
  connectTimeoutMs?: number;
  /** Where the connection's lines go (lost, back, not answering). */
  logger?: Logger;
}

/** Resolves once connected: the store, and `close` to end the connection after the server has drained. */
export async function connectRedisRequestIds(
  options: RedisRequestIdsOptions,
): Promise<{ store: RequestIdStore; close(): Promise<void> }> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { connectRedis } = require("./redis-connection") as typeof import("./redis-connection");
  const { createRedisRequestIdStore } =
    require("./redis-request-id-store") as typeof import("./redis-request-id-store");
  /* eslint-enable @typescript-eslint/no-require-imports */
  const connection = await connectRedis({
    url: options.url,
    prefix: options.prefix ?? REDIS_DEFAULTS.prefix,
    connectTimeoutMs: options.connectTimeoutMs ?? REDIS_DEFAULTS.connectTimeoutMs,
    logger: options.logger ?? pino({ enabled: false }),
  });
  const store = createRedisRequestIdStore(connection, {
    retentionMs: options.retentionMs ?? REQUEST_ID_DEFAULTS.retentionMs,
  });
  return { store, close: () => connection.close() };
}
