/**
 * The reference server's entry point (`npm start`, bin flexjob-reference-server): the only code
 * that reads argv and the environment and listens; `init-stub DIR` writes a stub project instead.
 * Exit codes: 0 after a graceful shutdown, --help or a stub written; 1 when it cannot listen, cannot
 * reach --redis in time, shutdown cut requests off or a stub's file cannot be written; 2 for bad
 * usage (a stub's DIR that is not empty included), configuration, TLS files or case files.
 */
import type pino from "pino";
import {
  APP_RULES,
  ConfigError,
  INIT_STUB,
  initStubUsage,
  loadTlsOptions,
  packageVersion,
  parseConfig,
  parseInitStubArgs,
  usage,
  type ServerConfig,
} from "./config";
import { createLogger, withholdCprRuns } from "./pipeline";
import {
  createApp,
  createSandboxControl,
  FixtureError,
  optional,
  sandboxExtensions,
  type AppOptions,
  type SandboxControl,
} from "./sandbox";
import { createProxyApp, createRecorder, upstreamAgent, type ContractViolation } from "./proxy";
import type { RedisConnection, RequestIdStore } from "./stores";
import { nextSteps, writeStub } from "./stub";
import { listen, type Listening } from "./transport";

const NAME = "flexjob-reference-server";

function fail(code: number, message: string): never {
  // A case file's parse error quotes the file, which may hold CPR numbers.
  process.stderr.write(`${NAME}: ${withholdCprRuns(message)}\n`);
  process.exit(code);
}

const APP_OPTION_KEYS = [...(Object.keys(APP_RULES) as (keyof typeof APP_RULES)[]), "fixturesDir"] as const;

function buildApp(
  config: ServerConfig,
  logger: pino.Logger,
  stores: { requestIdStore: RequestIdStore | undefined; control: SandboxControl | undefined },
) {
  // The settings createApp takes carry the same names in the configuration (APP_RULES, and the case
  // directory); the rest are main's own: listening, logging, TLS, Redis, the admin listener, limits.
  const appOptions = Object.fromEntries(APP_OPTION_KEYS.map((key) => [key, config[key]])) as AppOptions;
  const { requestIdStore, control } = stores;
  try {
    return createApp({ ...appOptions, logger, control, ...(requestIdStore ? { requestIdStore } : {}) });
  } catch (error) {
    if (error instanceof FixtureError || error instanceof ConfigError) fail(2, error.message);
    throw error;
  }
}

/** The Redis connection of --redis, waited for a bounded time; exits 1 naming the URL when unreachable. */
async function connectStores(config: ServerConfig, logger: pino.Logger): Promise<RedisConnection | undefined> {
  if (config.redisUrl === undefined) return undefined;
  const options = { url: config.redisUrl, prefix: config.redisPrefix, connectTimeoutMs: config.redisConnectTimeoutMs };
  const { connectRedis, RedisUnreachableError } = optional.redis();
  return connectRedis({ ...options, logger }).catch((error: unknown) => {
    if (error instanceof RedisUnreachableError) fail(1, `--redis: ${error.message}`);
    throw error;
  });
}

/** The limits the server holds its clients to (server/transport/server-limits.ts). */
function limitsOf(config: ServerConfig) {
  const { maxConnections, headersTimeoutMs, requestTimeoutMs, handshakeTimeoutMs, keepAliveTimeoutMs, sendTimeoutMs } =
    config;
  return { maxConnections, headersTimeoutMs, requestTimeoutMs, handshakeTimeoutMs, keepAliveTimeoutMs, sendTimeoutMs };
}

/**
 * Process warnings (a deprecation, say) become JSON log lines instead of Node's free text on
 * stderr, so that everything the running server writes can be parsed and is filtered for CPR.
 */
function logWarnings(logger: pino.Logger): void {
  process.removeAllListeners("warning");
  process.on("warning", (warning: Error & { code?: string }) =>
    logger.warn({ warning: warning.name, code: warning.code }, warning.message),
  );
}

/** A repeat of the stopping signal within this time is the same one, delivered twice. */
const SAME_SIGNAL_MS = 1_000;

function stopOnSignals(
  config: ServerConfig,
  listening: Listening,
  logger: pino.Logger,
  redis: RedisConnection | undefined,
  admin: AdminListening | undefined,
): void {
  let stopping: { signal: NodeJS.Signals; at: number } | undefined;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      // Ctrl-C under `npm start` reaches the server twice: from the terminal, and forwarded by npm.
      if (signal === stopping.signal && Date.now() - stopping.at < SAME_SIGNAL_MS) return;
      fail(1, `${signal} again: stopping without waiting for in-flight requests`);
    }
    stopping = { signal, at: Date.now() };
    logger.info({ signal }, "shutting down: no new connections, finishing in-flight requests");
    // A hang fault's request would never be answered: it is dropped, not waited for, and not cut
    // off. A delayed one is in flight like any other and finishes within the grace, or is cut off.
    const hangsDropped = admin?.control.held.dropHanging() ?? 0;
    const grace = config.shutdownGraceMs;
    void Promise.all([listening.close(grace), admin?.listening.close(grace)]).then(async ([result]) => {
      await redis?.close().catch(() => undefined);
      logger.info({ result, ...(hangsDropped > 0 ? { hangsDropped } : {}) }, "stopped");
      logger.flush(() => process.exit(result === "drained" ? 0 : 1));
    });
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

function configured<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (error instanceof ConfigError) fail(2, error.message);
    throw error;
  }
}

/** init-stub: writes the project and says what to run next. */
function initStub(argv: readonly string[]): void {
  const parsed = configured(() => parseInitStubArgs(argv));
  if (parsed.print) {
    process.stdout.write(initStubUsage());
    return;
  }
  const written = configured(() => {
    try {
      return writeStub(parsed.args);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      const { code, message } = error as NodeJS.ErrnoException;
      return fail(1, `${INIT_STUB}: cannot write the project to ${parsed.args.dir}: ${code ?? message}`);
    }
  });
  process.stdout.write(nextSteps(written));
}

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  if (argv[0] === INIT_STUB) return initStub(argv.slice(1));
  const parsed = configured(() => parseConfig(argv, env));
  if (parsed.print) {
    process.stdout.write(parsed.print === "help" ? usage() : `${packageVersion()}\n`);
    return;
  }
  const { config } = parsed;
  const logger = createLogger({ level: config.logLevel, name: NAME });
  logWarnings(logger);
  const tls = configured(() => loadTlsOptions(config));
  if (config.upstreamUrl !== undefined) return serveProxy(config, logger, tls);
  const redis = await connectStores(config, logger);
  const requestIdStore =
    redis && optional.redisRequestIds().createRedisRequestIdStore(redis, { retentionMs: config.retentionMs });
  // With --redis the run-time cases and faults are shared by every instance of the same Redis and prefix.
  const control =
    config.adminPort === undefined
      ? undefined
      : createSandboxControl({ state: redis && optional.redisSandboxState().createRedisSandboxState(redis) });
  const app = buildApp(config, logger, { requestIdStore, control });
  const listening = await listen(app, config.port, config.host, logger, tls, limitsOf(config)).catch(
    (error: NodeJS.ErrnoException) =>
      fail(1, `cannot listen on ${config.host}:${config.port}: ${error.code ?? error.message}${listenHint(error)}`),
  );
  const admin = control && (await listenAdmin(control, config, logger));
  stopOnSignals(config, listening, logger, redis, admin);
  const requestIds = redis ? `redis ${redis.shownUrl} (prefix ${config.redisPrefix})` : "memory";
  const sandboxState = control && (redis ? requestIds : "memory");
  const clientCertificates = config.tlsCa === undefined ? undefined : "required";
  const { auth, sandbox, fixturesDir: fixtures } = config;
  // Whatever --log-level says: with --port 0 this line is the only way to learn the port.
  logger
    .child({}, { level: "info" })
    .info(
      { url: listening.url, auth, sandbox, fixtures, requestIds, sandboxState, clientCertificates },
      `listening on ${listening.url}`,
    );
}

/**
 * Proxy mode: the upstream answers every request the contract accepts. With --admin-port the admin
 * listener has the journal (with each exchange's violations) and the faults, but no cases.
 */
async function serveProxy(
  config: ServerConfig,
  logger: pino.Logger,
  tls: ReturnType<typeof loadTlsOptions>,
): Promise<void> {
  const url = new URL(config.upstreamUrl!);
  const agent = configured(() => upstreamAgent(url, config));
  const recorder = configured(() =>
    config.recordDir === undefined
      ? undefined
      : createRecorder({ dir: config.recordDir, force: config.recordForce, upstream: url.origin, logger }),
  );
  const control = config.adminPort === undefined ? undefined : createSandboxControl();
  const found = new WeakMap<object, ContractViolation[]>();
  const app = createProxyApp({
    upstream: { url, agent, timeoutMs: config.upstreamTimeoutMs },
    forwardInvalid: config.upstreamForwardInvalid,
    recorder,
    logger,
    auth: config.auth,
    cors: config.cors,
    extensions: control && sandboxExtensions(control, (res) => found.get(res)),
    onViolations: (res, violations) => found.set(res, violations),
  });
  const listening = await listen(app, config.port, config.host, logger, tls, limitsOf(config)).catch(
    (error: NodeJS.ErrnoException) =>
      fail(1, `cannot listen on ${config.host}:${config.port}: ${error.code ?? error.message}${listenHint(error)}`),
  );
  const admin = control && (await listenAdmin(control, config, logger));
  stopOnSignals(config, listening, logger, undefined, admin);
  const record = config.recordDir;
  logger
    .child({}, { level: "info" })
    .info(
      { url: listening.url, upstream: url.origin, record },
      `listening on ${listening.url}, proxy to ${url.origin}`,
    );
}

function listenHint(error: NodeJS.ErrnoException): string {
  if (error.code !== "EADDRINUSE") return "";
  return " (the port is taken: choose another with --port or PORT, or --port 0 for any free port)";
}

interface AdminListening {
  control: SandboxControl;
  listening: Listening;
}

async function listenAdmin(
  control: SandboxControl,
  config: ServerConfig,
  logger: pino.Logger,
): Promise<AdminListening> {
  const app = optional.admin().createAdminApp(control, { validateResponses: config.validateResponses, logger });
  const port = config.adminPort!;
  const listening = await listen(app, port, config.host, logger).catch((error: NodeJS.ErrnoException) =>
    fail(1, `cannot listen on ${config.host}:${port} (--admin-port): ${error.code ?? error.message}`),
  );
  // Like the "listening" line, whatever --log-level says.
  logger.child({}, { level: "info" }).info({ adminUrl: listening.url }, `admin listener on ${listening.url}`);
  return { control, listening };
}

/** Runs main with this process's argv and environment; used by `npm start` and the bin shim. */
export function run(): void {
  main(process.argv.slice(2), process.env).catch((error: unknown) => {
    fail(1, `failed to start: ${error instanceof Error ? error.message : String(error)}`);
  });
}

if (require.main === module) run();
