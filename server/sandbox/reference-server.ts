/**
 * startReferenceServer: the reference server in the test's own process, on free ports by
 * default, with the admin listener when `adminPort` is given, and its stores in Redis when `redis`
 * is given.
 */
import pino, { type Logger } from "pino";
import { ConfigError, CORS_RULE, parseCorsOrigins, type CorsOrigins, type LogLevel } from "../pipeline";
import { REDIS_DEFAULTS, REQUEST_ID_DEFAULTS, type RedisConnection } from "../stores";
import { listen, type Listening } from "../transport";
import type { AppSettings } from "./app-settings";
import { createSandboxControl, type SandboxControl, type SandboxControlOptions } from "./control/sandbox-control";
import { createApp } from "./create-app";
import { optional } from "./optional-modules";

export interface ReferenceServerOptions extends AppSettings {
  /** The service's port (default 0: any free port). */
  port?: number;
  /** The interface both listeners use (default 127.0.0.1). */
  host?: string;
  /** The admin listener's port (0: any free port); no admin listener when left out. */
  adminPort?: number;
  /** Origins allowed to call the operations from a browser ("*": any), as `--cors`. */
  cors?: readonly string[] | string;
  /** The most journal entries the admin listener keeps (default 1000). */
  journalSize?: SandboxControlOptions["journalSize"];
  /** Request lines as JSON on stdout from this level on (default "silent"). */
  logLevel?: LogLevel;
  /**
   * A Redis URL, as `--redis`: request ids, and with `adminPort` the run-time cases and faults, live
   * there, shared by every server with the same Redis and prefix. Start-up waits up to 10 s for it.
   */
  redis?: string;
  /** Put before every key in Redis (default "flexjob:"), as `--redis-prefix`. */
  redisPrefix?: string;
}

export interface ReferenceServer {
  /** The service, e.g. http://127.0.0.1:41234 */
  url: string;
  /**
   * Stops both listeners, dropping connections held by faults, once in-flight requests are
   * answered; then ends the Redis connection.
   */
  close(): Promise<void>;
}

/** With `adminPort`, the server also has its admin listener's URL (a string when `adminPort` surely is a number). */
export type StartedReferenceServer<O extends ReferenceServerOptions> = ReferenceServer &
  (O extends { adminPort: number }
    ? { adminUrl: string }
    : O extends { adminPort?: undefined }
      ? { adminUrl?: undefined }
      : { adminUrl?: string });

/** What `startReferenceServer({ adminPort: 0 })` resolves to. */
export type ReferenceServerWithAdmin = StartedReferenceServer<{ adminPort: number }>;

/**
 * Resolves once both listeners listen; rejects with a bad option, a bad case file, a listen error
 * or a RedisUnreachableError naming the URL.
 */
export async function startReferenceServer<O extends ReferenceServerOptions>(
  options: O = {} as O,
): Promise<StartedReferenceServer<O>> {
  const { port = 0, host = "127.0.0.1", adminPort, cors, journalSize, logLevel = "silent", ...rest } = options;
  const { redis: redisUrl, redisPrefix = REDIS_DEFAULTS.prefix, ...settings } = rest;
  const logger = pino({ level: logLevel, enabled: logLevel !== "silent" });
  const redis =
    redisUrl === undefined
      ? undefined
      : await optional.redis().connectRedis({ ...REDIS, url: redisUrl, prefix: redisPrefix, logger });
  const stores = redis && redisStores(redis, settings.retentionMs);
  try {
    const control = adminPort === undefined ? undefined : createSandboxControl({ journalSize, state: stores?.state });
    const app = createApp({
      ...settings,
      logger,
      control,
      requestIdStore: stores?.requestIds,
      cors: typeof cors === "string" ? corsList(cors) : cors,
    });
    const service = await listen(app, port, host, logger);
    const admin = control && (await listenAdmin(control, adminPort!, host, settings, logger, service));
    const close = async (): Promise<void> => {
      control?.held.release();
      await Promise.all([service.close(), admin?.close()]);
      await redis?.close();
    };
    // adminUrl is set exactly when adminPort was given, as the conditional type says.
    return { url: service.url, adminUrl: admin?.url, close } as unknown as StartedReferenceServer<O>;
  } catch (error) {
    await redis?.close();
    throw error;
  }
}

/** Start-up waits for Redis as long as `--redis-connect-timeout`'s default. */
const REDIS = { connectTimeoutMs: REDIS_DEFAULTS.connectTimeoutMs };

function redisStores(redis: RedisConnection, retentionMs = REQUEST_ID_DEFAULTS.retentionMs) {
  return {
    requestIds: optional.redisRequestIds().createRedisRequestIdStore(redis, { retentionMs }),
    state: optional.redisSandboxState().createRedisSandboxState(redis),
  };
}

/** The admin listener; closes the service when it cannot listen. */
async function listenAdmin(
  control: SandboxControl,
  port: number,
  host: string,
  settings: AppSettings,
  logger: Logger,
  service: Listening,
): Promise<Listening> {
  const adminApp = optional.admin().createAdminApp(control, { validateResponses: settings.validateResponses, logger });
  return listen(adminApp, port, host, logger).catch(async (error: unknown) => {
    await service.close();
    throw error;
  });
}

function corsList(text: string): CorsOrigins {
  const origins = parseCorsOrigins(text);
  if (origins === undefined) throw new ConfigError(`cors ${CORS_RULE}; got ${JSON.stringify(text)}`);
  return origins;
}
