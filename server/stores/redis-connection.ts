/**
 * The reference server's one Redis connection, shared by every store that lives in Redis (request
 * ids now; runtime cases and faults later), each under its own part of the key namespace
 * `prefix`. Guarantees:
 * - start-up waits a bounded time for Redis, then rejects with a RedisUnreachableError naming the URL;
 * - once up, a lost connection is retried for ever (with a capped backoff), without a restart;
 * - while it is down, a command fails at once (no offline queue);
 * - a command that gets no reply within `commandTimeoutMs` fails, whatever state the connection is
 *   in (node-redis's own timeout stops once a command is written, so a Redis that stalls with its
 *   connection open would hold every command for the whole stall); from then on commands fail at
 *   once while a PING probes, until Redis answers again: a store fails closed, never waits
 *   unboundedly, and a stall costs no pile of waiting commands.
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
  /**
   * Sends `commands` and resolves with their result, or rejects with a RedisNotAnsweringError once
   * `commandTimeoutMs` has passed without it (the reply may still arrive and is then dropped), or
   * at once while Redis is known not to answer. Every store command goes through here.
   */
  run: <T>(commands: (client: RedisClientType) => Promise<T>) => Promise<T>;
  /** A key in this server's namespace: the prefix, then `parts` joined by ":". */
  key(...parts: string[]): string;
  /** The URL with any password masked, for messages and logs. */
  shownUrl: string;
  close(): Promise<void>;
}

export class RedisUnreachableError extends Error {
  override readonly name = "RedisUnreachableError";
}

/** A command that got no reply in time, or was not sent because Redis is not answering. */
export class RedisNotAnsweringError extends Error {
  override readonly name = "RedisNotAnsweringError";
}

/** The most time between two reconnection attempts once the server is running. */
const MAX_BACKOFF_MS = 2000;

/** How long a command waits for its reply unless `commandTimeoutMs` says otherwise. */
export const COMMAND_TIMEOUT_MS = 2000;

/** Connects, retrying for at most `connectTimeoutMs`; rejects with RedisUnreachableError. */
export async function connectRedis(options: RedisConnectionOptions): Promise<RedisConnection> {
  const shownUrl = maskPassword(options.url);
  const deadline = Date.now() + options.connectTimeoutMs;
  let started = false;
  let lastCause: unknown;
  const commandTimeoutMs = options.commandTimeoutMs ?? COMMAND_TIMEOUT_MS;
  const client: RedisClientType = createClient({
    url: options.url,
    disableOfflineQueue: true,
    commandOptions: { timeout: commandTimeoutMs },
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
    // A Redis that accepts the connection and answers nothing would hold connect() for ever.
    await withDeadline(client.connect(), Math.max(0, deadline - Date.now()), "no answer");
  } catch (error) {
    client.destroy();
    const cause = lastCause ?? (error instanceof RedisNotAnsweringError ? error.message : error);
    throw new RedisUnreachableError(unreachable(shownUrl, options, cause));
  }
  started = true;
  return {
    run: watchAnswers(client, commandTimeoutMs, shownUrl, options.logger),
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

/** How often a PING asks a Redis that stopped answering whether it answers again. */
const PROBE_INTERVAL_MS = 500;

/**
 * The connection's `run`: each command against a deadline. The first that misses it marks Redis as
 * not answering (one log line); until a PING (one at a time, each under the same deadline) or a late
 * reply shows it answers again (one more line), commands fail at once.
 */
function watchAnswers(client: RedisClientType, timeoutMs: number, url: string, logger: Logger) {
  let answering = true;
  const answered = (): void => {
    if (answering) return;
    answering = true;
    logger.info({ redis: url }, "Redis answering again: requests are answered normally again");
  };
  const probe = (): void => {
    const again = setTimeout(() => {
      if (!client.isOpen) return;
      withDeadline(client.ping(), timeoutMs, "no answer to PING").then(answered, probe);
    }, PROBE_INTERVAL_MS);
    again.unref();
  };
  const missed = (): void => {
    if (!answering) return;
    answering = false;
    logger.error({ redis: url, timeoutMs }, "Redis is not answering: requests that need it get 500 until it answers");
    probe();
  };
  return <T>(commands: (client: RedisClientType) => Promise<T>): Promise<T> => {
    if (!answering) return Promise.reject(new RedisNotAnsweringError(`Redis has not answered within ${timeoutMs} ms`));
    const sent = commands(client);
    // A reply after the deadline still shows that Redis answers.
    sent.then(answered, () => undefined);
    return withDeadline(sent, timeoutMs, `no answer within ${timeoutMs} ms`).catch((error: unknown) => {
      if (error instanceof RedisNotAnsweringError) missed();
      throw error;
    });
  };
}

/** `promise`, or a RedisNotAnsweringError saying `why` once `ms` have passed. */
function withDeadline<T>(promise: Promise<T>, ms: number, why: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new RedisNotAnsweringError(why)), ms);
    timer.unref();
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
