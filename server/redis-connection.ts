/**
 * The reference server's one Redis connection, shared by every store that lives in Redis (request
 * ids now; runtime cases and faults later), each under its own part of the key namespace
 * `prefix`. Guarantees:
 * - start-up waits a bounded time for Redis, then rejects with a RedisUnreachableError naming the URL;
 * - once up, a lost connection is retried for ever (with a capped backoff), without a restart;
 * - while it is down, a command fails at once (no offline queue) and a command that gets no reply
 *   fails after `commandTimeoutMs`: a store fails closed, never waits unboundedly.
 */
import type { Logger } from "pino";
import { createClient, type RedisClientType } from "redis";

export interface RedisConnectionOptions {
  /** redis://[[user]:password@]host[:port][/db] or rediss://... */
  url: string;
  /** Put before every key, e.g. "flexjob:" (lets several sandboxes share one Redis). */
  prefix: string;
  /** How long start-up waits for Redis before giving up, in ms. */
  connectTimeoutMs: number;
  logger: Logger;
  /** How long a command may wait for its reply, in ms (default 2000). */
  commandTimeoutMs?: number;
}

export interface RedisConnection {
  client: RedisClientType;
  /** A key in this server's namespace: the prefix, then `parts` joined by ":". */
  key(...parts: string[]): string;
  /** The URL with any password masked, for messages and logs. */
  shownUrl: string;
  close(): Promise<void>;
}

export class RedisUnreachableError extends Error {
  override readonly name = "RedisUnreachableError";
}

/** The most time between two reconnection attempts once the server is running. */
const MAX_BACKOFF_MS = 2000;

/** Connects, retrying for at most `connectTimeoutMs`; rejects with RedisUnreachableError. */
export async function connectRedis(options: RedisConnectionOptions): Promise<RedisConnection> {
  const shownUrl = maskPassword(options.url);
  const deadline = Date.now() + options.connectTimeoutMs;
  let started = false;
  let lastCause: unknown;
  const client: RedisClientType = createClient({
    url: options.url,
    disableOfflineQueue: true,
    commandOptions: { timeout: options.commandTimeoutMs ?? 2000 },
    socket: {
      connectTimeout: Math.min(options.connectTimeoutMs, MAX_BACKOFF_MS),
      reconnectStrategy: (retries, cause) => {
        lastCause = cause;
        if (!started && Date.now() >= deadline) return new RedisUnreachableError(unreachable(shownUrl, options, cause));
        return Math.min(50 * 2 ** retries, MAX_BACKOFF_MS);
      },
    },
  });
  watchHealth(client, shownUrl, options.logger);
  try {
    await client.connect();
  } catch (error) {
    client.destroy();
    throw new RedisUnreachableError(unreachable(shownUrl, options, lastCause ?? error));
  }
  started = true;
  return {
    client,
    shownUrl,
    key: (...parts) => options.prefix + parts.join(":"),
    // Called once the server has drained, so no command is waiting: destroy ends the connection
    // (and any reconnection attempts) without a round trip to a Redis that may be away.
    close: () => {
      if (client.isOpen) client.destroy();
      return Promise.resolve();
    },
  };
}

function unreachable(shownUrl: string, options: RedisConnectionOptions, cause: unknown): string {
  const reason = cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : String(cause);
  return `cannot reach Redis at ${shownUrl} within ${options.connectTimeoutMs} ms (${reason})`;
}

/** One log line when the connection is lost and one when it is back; not one per retry. */
function watchHealth(client: RedisClientType, url: string, logger: Logger): void {
  let up = false;
  let wasUp = false;
  client.on("ready", () => {
    logger.info(
      { redis: url },
      wasUp ? "Redis connection back: requests are answered normally again" : "Redis connected",
    );
    up = wasUp = true;
  });
  client.on("error", (error: Error) => {
    const reason = (error as NodeJS.ErrnoException).code ?? error.message;
    if (up)
      logger.error({ redis: url, reason }, "Redis connection lost: requests that need it get 500 until it is back");
    else logger.debug({ redis: url, reason }, "Redis not reachable; retrying");
    up = false;
  });
}

/** The URL with its password replaced by ***, or the text as given when it is no URL. */
export function maskPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== "") parsed.password = "***";
    return parsed.href;
  } catch {
    return url;
  }
}
