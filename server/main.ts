/**
 * The reference server's entry point (`npm start`, bin flexjob-reference-server): the only code
 * that reads argv and the environment and listens. Exit codes: 0 after a graceful shutdown or
 * --help, 1 when it cannot listen or shutdown cut requests off, 2 for bad usage, configuration or
 * case files.
 */
import pino from "pino";
import { createAdminApp } from "./admin/admin-app";
import { createApp } from "./app";
import { createSandboxControl, type SandboxControl } from "./control/sandbox-control";
import { ConfigError, parseConfig, usage, type ServerConfig } from "./config";
import { FixtureError } from "./fixture-error";
import { packageVersion } from "./package-version";
import { listen, type Listening } from "./serve";

const NAME = "flexjob-reference-server";

function fail(code: number, message: string): never {
  process.stderr.write(`${NAME}: ${message}\n`);
  process.exit(code);
}

function buildApp(config: ServerConfig, logger: pino.Logger, control: SandboxControl | undefined) {
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
      control,
      cors: config.cors,
    });
  } catch (error) {
    if (error instanceof FixtureError || error instanceof RangeError) fail(2, error.message);
    throw error;
  }
}

function stopOnSignals(listening: Listening, logger: pino.Logger, admin?: AdminListening): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) fail(1, `${signal} again: stopping without waiting for in-flight requests`);
    stopping = true;
    logger.info({ signal }, "shutting down: no new connections, finishing in-flight requests");
    admin?.control.held.release();
    void Promise.all([listening.close(), admin?.listening.close()]).then(([result]) => {
      logger.info({ result }, "stopped");
      logger.flush(() => process.exit(result === "drained" ? 0 : 1));
    });
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
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
  const logger = pino({ level: config.logLevel, base: { name: NAME }, timestamp: pino.stdTimeFunctions.isoTime });
  const control = config.adminPort === undefined ? undefined : createSandboxControl();
  const app = buildApp(config, logger, control);
  const listening = await listen(app, config.port, config.host, logger).catch((error: NodeJS.ErrnoException) =>
    fail(1, `cannot listen on ${config.host}:${config.port}: ${error.code ?? error.message}${listenHint(error)}`),
  );
  const admin = control && (await listenAdmin(control, config, logger));
  stopOnSignals(listening, logger, admin);
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

interface AdminListening {
  control: SandboxControl;
  listening: Listening;
}

async function listenAdmin(
  control: SandboxControl,
  config: ServerConfig,
  logger: pino.Logger,
): Promise<AdminListening> {
  const app = createAdminApp(control, { validateResponses: config.responseValidation, logger });
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
