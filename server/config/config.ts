/**
 * The server's configuration from flags and environment, resolved once at start-up. A flag wins
 * over its environment variable, which wins over the default. A bad value throws a ConfigError
 * stating the rule and the value; main turns it into exit code 2.
 */
import { parseArgs } from "node:util";
import { PROBLEM_KINDS } from "../../generated/contract";
import type { AuthMode } from "../sandbox/case-access";
import { APP_DEFAULTS } from "../sandbox/app-options";
import { ConfigError } from "../pipeline/config-error";
import { parseCorsOrigins, type CorsOrigins } from "../pipeline/cors-origins";
import { SERVER_LIMIT_DEFAULTS, SHUTDOWN_GRACE_MS, type ServerLimits } from "../transport/server-limits";
import { ruled, SETTING_RULES } from "./setting-rules";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

type ConfiguredLimits = Omit<ServerLimits, "maxInFlight">;

export interface ServerConfig extends ConfiguredLimits {
  port: number;
  host: string;
  fixturesDir: string | undefined;
  sandbox: boolean;
  auth: AuthMode;
  retentionMs: number;
  maxRequestIds: number;
  unknownGrantStatus: number;
  logLevel: LogLevel;
  validateResponses: boolean;
  /** HTTPS: PEM certificate (chain) and key files, or a PKCS#12 file. */
  tlsCert: string | undefined;
  tlsKey: string | undefined;
  tlsPfx: string | undefined;
  /** Demand a client certificate issued by these CAs (PEM file). */
  tlsCa: string | undefined;
  /** Of --tls-key or --tls-pfx, from the environment only (a flag would show in `ps`). */
  tlsPassphrase: string | undefined;
  /** Keep request ids in Redis at this URL instead of in memory. */
  redisUrl: string | undefined;
  redisPrefix: string;
  redisConnectTimeoutMs: number;
  /** How long shutdown waits for requests in flight before cutting them off. */
  shutdownGraceMs: number;
  /** The admin listener's port (same host); undefined: no admin listener. */
  adminPort: number | undefined;
  cors: CorsOrigins | undefined;
}

/** The server's own defaults; those it shares with createApp come from APP_DEFAULTS. */
export const CONFIG_DEFAULTS: ServerConfig = {
  port: 8080,
  host: "127.0.0.1",
  fixturesDir: undefined,
  sandbox: APP_DEFAULTS.sandbox,
  auth: APP_DEFAULTS.auth,
  retentionMs: APP_DEFAULTS.retentionMs,
  maxRequestIds: APP_DEFAULTS.maxRequestIds,
  unknownGrantStatus: APP_DEFAULTS.unknownGrantStatus,
  logLevel: "info",
  validateResponses: APP_DEFAULTS.validateResponses,
  tlsCert: undefined,
  tlsKey: undefined,
  tlsPfx: undefined,
  tlsCa: undefined,
  tlsPassphrase: undefined,
  redisUrl: undefined,
  redisPrefix: "flexjob:",
  redisConnectTimeoutMs: 10_000,
  shutdownGraceMs: SHUTDOWN_GRACE_MS,
  adminPort: undefined,
  cors: undefined,
  maxConnections: SERVER_LIMIT_DEFAULTS.maxConnections,
  headersTimeoutMs: SERVER_LIMIT_DEFAULTS.headersTimeoutMs,
  requestTimeoutMs: SERVER_LIMIT_DEFAULTS.requestTimeoutMs,
  handshakeTimeoutMs: SERVER_LIMIT_DEFAULTS.handshakeTimeoutMs,
  keepAliveTimeoutMs: SERVER_LIMIT_DEFAULTS.keepAliveTimeoutMs,
  sendTimeoutMs: SERVER_LIMIT_DEFAULTS.sendTimeoutMs,
};

const DURATION_RULE = "must be a positive duration: 7d, 12h, 30m, 45s or whole seconds";

/** The environment variable holding the passphrase of --tls-key or --tls-pfx. */
export const TLS_PASSPHRASE_ENV = "FLEXJOB_TLS_PASSPHRASE";

export { ConfigError };

/** "status / errorCode": a row of the error table as --help shows it. */
function answer(kind: keyof typeof PROBLEM_KINDS): string {
  const { status, errorCode } = PROBLEM_KINDS[kind];
  return errorCode === null ? String(status) : `${status} / ${errorCode}`;
}

interface Setting<K extends keyof ServerConfig> {
  key: K;
  flag: string;
  env: string;
  /** Flags without a value: present means true. */
  boolean?: true;
  /** What the setting does, for --help. */
  what: string;
  rule: string;
  /** The default as --help shows it, when not the value itself. */
  shownDefault?: string;
  parse: (text: string) => ServerConfig[K] | undefined;
}

/** Every setting: its flag, its environment variable, its rule and its parser (undefined = breaks the rule). */
export const SETTINGS: readonly Setting<keyof ServerConfig>[] = [
  {
    key: "port",
    what: "TCP port to listen on",
    flag: "port",
    env: "PORT",
    rule: "must be a whole number from 0 to 65535 (0: any free port)",
    parse: (t) => whole(t, 0, 65535),
  },
  {
    key: "host",
    what: "interface to listen on",
    flag: "host",
    env: "HOST",
    rule: "must be a host name or IP address",
    parse: (t) => (t.trim() === "" ? undefined : t),
  },
  {
    key: "fixturesDir",
    what: "directory of further case files (adds to or replaces bundled cases)",
    flag: "fixtures",
    env: "FLEXJOB_FIXTURES",
    rule: "must be a directory path",
    parse: (t) => (t === "" ? undefined : t),
  },
  {
    key: "sandbox",
    what: "do not serve the bundled sandbox cases",
    flag: "no-sandbox",
    env: "FLEXJOB_SANDBOX",
    boolean: true,
    rule: SETTING_RULES.sandbox.rule,
    parse: bool,
  },
  {
    key: "auth",
    what:
      "header: only the case company or its external operator (activeOrganisationHeader) may read a case; " +
      "certificate: the same, the caller being the client certificate's CVR (needs --tls-ca); off: anyone",
    flag: "auth",
    env: "FLEXJOB_AUTH",
    rule: SETTING_RULES.auth.rule,
    parse: (t) => ruled("auth", t),
  },
  {
    key: "retentionMs",
    what: "how long request ids are remembered for replay detection",
    flag: "retention",
    env: "FLEXJOB_RETENTION",
    // The text is a duration; the ms it reads to keep createApp's rule (SETTING_RULES.retentionMs).
    rule: "must be a positive duration: 7d, 12h, 30m, 45s or whole seconds",
    shownDefault: "7d",
    parse: (t) => ruled("retentionMs", duration(t)),
  },
  {
    key: "maxRequestIds",
    what: "the most request ids remembered; at the bound the oldest is forgotten",
    flag: "max-request-ids",
    env: "FLEXJOB_MAX_REQUEST_IDS",
    rule: SETTING_RULES.maxRequestIds.rule,
    parse: (t) => ruled("maxRequestIds", wholeNumber(t)),
  },
  {
    key: "unknownGrantStatus",
    what: `grant status code meaning "Ukendt" (answers ${answer("grant-status-unknown")})`,
    flag: "unknown-grant-status",
    env: "FLEXJOB_UNKNOWN_GRANT_STATUS",
    rule: SETTING_RULES.unknownGrantStatus.rule,
    parse: (t) => ruled("unknownGrantStatus", wholeNumber(t)),
  },
  {
    key: "maxConnections",
    what: "the most open connections; at the bound the one longest without an answer is closed",
    flag: "max-connections",
    env: "FLEXJOB_MAX_CONNECTIONS",
    rule: SETTING_RULES.maxConnections.rule,
    parse: (t) => ruled("maxConnections", wholeNumber(t)),
  },
  timeout("headersTimeoutMs", "headers-timeout", "time to receive a request's headers (408 after it)"),
  timeout("requestTimeoutMs", "request-timeout", "time to receive a whole request, body included (408 after it)"),
  timeout(
    "handshakeTimeoutMs",
    "handshake-timeout",
    "over HTTPS, time to complete the TLS handshake (closed after it)",
  ),
  timeout("keepAliveTimeoutMs", "keep-alive-timeout", "how long an idle connection is kept open"),
  timeout("sendTimeoutMs", "send-timeout", "how long answers may wait on a client that reads none"),
  {
    key: "logLevel",
    what: "pino log level",
    flag: "log-level",
    env: "LOG_LEVEL",
    rule: `must be one of ${LOG_LEVELS.join(", ")}`,
    parse: (t) => LOG_LEVELS.find((l) => l === t),
  },
  {
    key: "validateResponses",
    what: `check every answer against the spec (${answer("internal-error")} on a breach; the case files' bodies at load)`,
    flag: "response-validation",
    env: "FLEXJOB_RESPONSE_VALIDATION",
    boolean: true,
    rule: SETTING_RULES.validateResponses.rule,
    parse: bool,
  },
  ...tlsSettings(),
  {
    key: "redisUrl",
    what: "keep request ids (and, with --admin-port, run-time cases and faults) in Redis, shared by every instance with the same URL and prefix",
    flag: "redis",
    env: "FLEXJOB_REDIS_URL",
    rule: "must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379/0",
    parse: (t) => (/^rediss?:$/.test(URL.canParse(t) ? new URL(t).protocol : "") ? t : undefined),
  },
  {
    key: "redisPrefix",
    what: "put before every Redis key, so that sandboxes can share one Redis",
    flag: "redis-prefix",
    env: "FLEXJOB_REDIS_PREFIX",
    rule: "must be 1 to 200 characters",
    parse: (t) => (t.length >= 1 && t.length <= 200 ? t : undefined),
  },
  {
    key: "redisConnectTimeoutMs",
    what: "how long start-up retries an unreachable Redis before exiting",
    flag: "redis-connect-timeout",
    env: "FLEXJOB_REDIS_CONNECT_TIMEOUT",
    rule: "must be a positive duration: 30s, 2m or whole seconds",
    shownDefault: "10s",
    parse: duration,
  },
  {
    key: "shutdownGraceMs",
    what: "how long SIGTERM or SIGINT waits for requests in flight before cutting them off (exit 1)",
    flag: "shutdown-grace",
    env: "FLEXJOB_SHUTDOWN_GRACE",
    rule: "must be a positive duration: 30s, 2m or whole seconds",
    shownDefault: `${SHUTDOWN_GRACE_MS / 1000}s`,
    parse: duration,
  },
  {
    key: "adminPort",
    what: "port of the admin listener (run-time cases, faults, request journal; docs/sandbox-control.md), off when not given",
    flag: "admin-port",
    env: "FLEXJOB_ADMIN_PORT",
    rule: "must be a whole number from 0 to 65535 (0: any free port)",
    parse: (t) => whole(t, 0, 65535),
  },
  {
    key: "cors",
    what: "browser origins allowed to call the operations, or * for any; off when not given",
    flag: "cors",
    env: "FLEXJOB_CORS",
    rule: SETTING_RULES.cors.rule,
    parse: (t) => ruled("cors", parseCorsOrigins(t)),
  },
];

function tlsSettings(): Setting<keyof ServerConfig>[] {
  const file = (t: string): string | undefined => (t.trim() === "" ? undefined : t);
  return [
    {
      key: "tlsCert",
      flag: "tls-cert",
      env: "FLEXJOB_TLS_CERT",
      what: "serve HTTPS with this PEM certificate (chain), with --tls-key",
    },
    {
      key: "tlsKey",
      flag: "tls-key",
      env: "FLEXJOB_TLS_KEY",
      what: `the PEM key of --tls-cert (passphrase: $${TLS_PASSPHRASE_ENV})`,
    },
    {
      key: "tlsPfx",
      flag: "tls-pfx",
      env: "FLEXJOB_TLS_PFX",
      what: `serve HTTPS with this PKCS#12 certificate and key instead (passphrase: $${TLS_PASSPHRASE_ENV})`,
    },
    {
      key: "tlsCa",
      flag: "tls-ca",
      env: "FLEXJOB_TLS_CA",
      what: "refuse, in the TLS handshake, clients without a certificate issued by these CAs (PEM)",
    },
  ].map((s) => ({ ...s, rule: "must be a file path", parse: file }) as Setting<keyof ServerConfig>);
}

/** Either a text to print and exit 0 (--help, --version), or the configuration to run with. */
export type ParsedCommandLine = { print: "help" | "version" } | { print?: undefined; config: ServerConfig };

function timeout<
  K extends "headersTimeoutMs" | "requestTimeoutMs" | "handshakeTimeoutMs" | "keepAliveTimeoutMs" | "sendTimeoutMs",
>(key: K, flag: string, what: string): Setting<K> {
  return {
    key,
    what,
    flag,
    env: `FLEXJOB_${flag.toUpperCase().replaceAll("-", "_")}`,
    // The text is a duration; the ms it reads to keep resolveServerLimits's rule.
    rule: DURATION_RULE,
    parse: (t) => ruled(key, duration(t)) as ServerConfig[K] | undefined,
    shownDefault: `${CONFIG_DEFAULTS[key] / 1000}s`,
  };
}

/** The configuration from argv (without node and script) and env; throws ConfigError. */
export function parseConfig(argv: readonly string[], env: NodeJS.ProcessEnv): ParsedCommandLine {
  const flags = readFlags(argv);
  if (flags.help === true) return { print: "help" };
  if (flags.version === true) return { print: "version" };
  const config: ServerConfig = { ...CONFIG_DEFAULTS };
  for (const setting of SETTINGS) {
    const fromFlag = flags[setting.flag];
    const fromEnv = env[setting.env];
    if (setting.boolean && fromFlag === true) {
      // --no-sandbox turns the sandbox off; --response-validation turns validation on.
      assign(config, setting.key, setting.flag !== "no-sandbox");
    } else if (typeof fromFlag === "string") {
      assign(config, setting.key, parseOrThrow(setting, fromFlag, `--${setting.flag}`));
    } else if (fromEnv !== undefined && fromEnv !== "") {
      assign(config, setting.key, parseOrThrow(setting, fromEnv, setting.env));
    }
  }
  const passphrase = env[TLS_PASSPHRASE_ENV];
  if (passphrase !== undefined && passphrase !== "") config.tlsPassphrase = passphrase;
  checkCombination(config);
  return { config };
}

/** Rules between settings, each stated with the flags it names. */
function checkCombination(config: ServerConfig): void {
  const rule = (broken: boolean, message: string): void => {
    if (broken) throw new ConfigError(message);
  };
  rule((config.tlsCert === undefined) !== (config.tlsKey === undefined), "--tls-cert and --tls-key go together");
  rule(
    config.tlsPfx !== undefined && config.tlsCert !== undefined,
    "give --tls-pfx or --tls-cert with --tls-key, not both",
  );
  const https = config.tlsCert !== undefined || config.tlsPfx !== undefined;
  rule(config.tlsCa !== undefined && !https, "--tls-ca needs HTTPS: give --tls-cert and --tls-key (or --tls-pfx) too");
  rule(
    config.auth === "certificate" && config.tlsCa === undefined,
    "--auth certificate needs --tls-ca: the caller is read from a client certificate the handshake has verified",
  );
  rule(
    config.headersTimeoutMs > config.requestTimeoutMs,
    `--headers-timeout must not be longer than --request-timeout; got ${config.headersTimeoutMs / 1000}s and ${config.requestTimeoutMs / 1000}s`,
  );
}

function readFlags(argv: readonly string[]): Record<string, string | boolean | undefined> {
  const options = Object.fromEntries(
    SETTINGS.map((s) => [s.flag, { type: s.boolean ? "boolean" : "string" } as const]),
  );
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: "boolean", short: "h" }, version: { type: "boolean" } },
      strict: true,
    });
    return values;
  } catch (error) {
    throw new ConfigError(`${(error as Error).message} (see --help)`);
  }
}

function parseOrThrow<K extends keyof ServerConfig>(
  setting: Setting<K>,
  text: string,
  source: string,
): ServerConfig[K] {
  const value = setting.parse(text);
  if (value === undefined) throw new ConfigError(`${source} ${setting.rule}; got ${JSON.stringify(text)}`);
  return value;
}

function assign<K extends keyof ServerConfig>(config: ServerConfig, key: K, value: ServerConfig[K]): void {
  config[key] = value;
}

/** A whole number written in decimal digits; undefined for any other text. */
function wholeNumber(text: string): number | undefined {
  return /^-?\d+$/.test(text.trim()) ? Number(text) : undefined;
}

function whole(text: string, min: number, max: number): number | undefined {
  const value = wholeNumber(text);
  return value !== undefined && value >= min && value <= max ? value : undefined;
}

function bool(text: string): boolean | undefined {
  if (["true", "1", "yes", "on"].includes(text.toLowerCase())) return true;
  if (["false", "0", "no", "off"].includes(text.toLowerCase())) return false;
  return undefined;
}

const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 } as const;

/** "7d", "12h", "30m", "45s" or whole seconds, in ms; undefined unless positive and finite. */
function duration(text: string): number | undefined {
  const match = /^(\d+)([dhms]?)$/.exec(text.trim());
  if (!match) return undefined;
  const ms = Number(match[1]) * UNIT_MS[(match[2] || "s") as keyof typeof UNIT_MS];
  return ms > 0 && Number.isSafeInteger(ms) ? ms : undefined;
}

/** The --help text, from SETTINGS and CONFIG_DEFAULTS. */
export function usage(): string {
  const blocks = SETTINGS.map((s) => {
    const fallback = s.shownDefault ?? String(CONFIG_DEFAULTS[s.key] ?? "none");
    // A boolean's rule is its environment variable's: the flag itself takes no value.
    if (s.boolean) return line(`--${s.flag}`, `${s.env}=true|false, default ${fallback}`, `${s.what}; takes no value`);
    return line(`--${s.flag} <value>`, `${s.env}, default ${fallback}`, `${s.what}; ${s.rule}`);
  });
  return [
    "Usage: flexjob-reference-server [options]",
    "",
    "Serves STAR's Virksomhedsordning.FlexjobService (spec/flexjob.yaml) from validated sandbox cases.",
    "A flag wins over its environment variable. A bad value exits with code 2.",
    "",
    ...blocks,
    line(TLS_PASSPHRASE_ENV, "(environment only)", "the passphrase of --tls-key or --tls-pfx"),
    line("-h, --help", "", "this text"),
    line("--version", "", "the version"),
    "",
  ].join("\n");
}

function line(flag: string, env: string, what: string): string {
  return `  ${flag.padEnd(32)}${env}`.trimEnd() + `\n      ${what}`;
}
