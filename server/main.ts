/**
 * The reference server's entry point (`npm start`, bin flexjob-reference-server): the only code
 * that reads argv and the environment and listens. Exit codes: 0 after a graceful shutdown or
 * --help, 1 when it cannot listen or shutdown cut requests off, 2 for bad usage, configuration or
 * case files.
 */
import type pino from "pino";
import { createApp } from "./app";
import { ConfigError, parseConfig, usage, type ServerConfig } from "./config";
import { withholdCprRuns } from "./cpr-shaped";
import { FixtureError } from "./fixture-error";
import { createLogger } from "./logger";
import { packageVersion } from "./package-version";
import { listen, type Listening } from "./serve";

const NAME = "flexjob-reference-server";

function fail(code: number, message: string): never {
  // A case file's parse error quotes the file, which may hold CPR numbers.
  process.stderr.write(`${NAME}: ${withholdCprRuns(message)}\n`);
  process.exit(code);
}

function buildApp(config: ServerConfig, logger: pino.Logger) {
  try {
    return createApp({
      auth: config.auth,
      fixturesDir: config.fixturesDir,
      sandbox: config.sandbox,
      validateResponses: config.responseValidation,
      retentionMs: config.retentionMs,
      maxRequestIds: config.maxRequestIds,
      unknownGrantStatus: config.unknownGrantStatus,
      logger,
    });
  } catch (error) {
    if (error instanceof FixtureError || error instanceof RangeError) fail(2, error.message);
    throw error;
  }
}

function limitsOf(config: ServerConfig) {
  const { maxConnections, headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs, sendTimeoutMs } = config;
  return { maxConnections, headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs, sendTimeoutMs };
}

function stopOnSignals(listening: Listening, logger: pino.Logger): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) fail(1, `${signal} again: stopping without waiting for in-flight requests`);
    stopping = true;
    logger.info({ signal }, "shutting down: no new connections, finishing in-flight requests");
    void listening.close().then((result) => {
      logger.info({ result }, "stopped");
      logger.flush(() => process.exit(result === "drained" ? 0 : 1));
    });
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
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

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  let parsed;
  try {
    parsed = parseConfig(argv, env);
  } catch (error) {
    if (error instanceof ConfigError) fail(2, error.message);
    throw error;
  }
  if (parsed.print) {
    process.stdout.write(parsed.print === "help" ? usage() : `${packageVersion()}\n`);
    return;
  }
  const { config } = parsed;
  const logger = createLogger({ level: config.logLevel, name: NAME });
  logWarnings(logger);
  const app = buildApp(config, logger);
  const listening = await listen(app, config.port, config.host, logger, limitsOf(config)).catch(
    (error: NodeJS.ErrnoException) =>
      fail(1, `cannot listen on ${config.host}:${config.port}: ${error.code ?? error.message}${listenHint(error)}`),
  );
  stopOnSignals(listening, logger);
  // Whatever --log-level says: with --port 0 this line is the only way to learn the port.
  logger
    .child({}, { level: "info" })
    .info(
      { url: listening.url, auth: config.auth, sandbox: config.sandbox, fixtures: config.fixturesDir },
      `listening on ${listening.url}`,
    );
}

function listenHint(error: NodeJS.ErrnoException): string {
  if (error.code !== "EADDRINUSE") return "";
  return " (the port is taken: choose another with --port or PORT, or --port 0 for any free port)";
}

/** Runs main with this process's argv and environment; used by `npm start` and the bin shim. */
export function run(): void {
  main(process.argv.slice(2), process.env).catch((error: unknown) => {
    fail(1, `failed to start: ${error instanceof Error ? error.message : String(error)}`);
  });
}

if (require.main === module) run();
