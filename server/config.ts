/**
 * The server's configuration from flags and environment, resolved once at start-up. A flag wins
 * over its environment variable, which wins over the default. A bad value throws a ConfigError
 * stating the rule and the value; main turns it into exit code 2.
 */
import { parseArgs } from "node:util";
import type { AuthMode } from "./case-access";
import { APP_DEFAULTS } from "./app-options";
import { MAX_MEMORY_REQUEST_IDS } from "./request-id-store";
import { SERVER_LIMIT_DEFAULTS, type ServerLimits } from "./server-limits";

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
  responseValidation: boolean;
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
  responseValidation: APP_DEFAULTS.validateResponses,
  maxConnections: SERVER_LIMIT_DEFAULTS.maxConnections,
  headersTimeoutMs: SERVER_LIMIT_DEFAULTS.headersTimeoutMs,
  requestTimeoutMs: SERVER_LIMIT_DEFAULTS.requestTimeoutMs,
  keepAliveTimeoutMs: SERVER_LIMIT_DEFAULTS.keepAliveTimeoutMs,
  sendTimeoutMs: SERVER_LIMIT_DEFAULTS.sendTimeoutMs,
};

const DURATION_RULE = "must be a positive duration: 7d, 12h, 30m, 45s or whole seconds";

export class ConfigError extends Error {
  override readonly name = "ConfigError";
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
  parse: (text: string) => ServerConfig[K] | undefined;
  /** The default as --help shows it, when not the value itself (a duration, say). */
  shownDefault?: string;
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
    rule: "must be true or false",
    parse: bool,
  },
  {
    key: "auth",
    what: "header: only the case company or its external operator may read a case; off: anyone",
    flag: "auth",
    env: "FLEXJOB_AUTH",
    rule: 'must be "header" or "off"',
    parse: (t) => (t === "header" || t === "off" ? t : undefined),
  },
  {
    key: "retentionMs",
    what: "how long request ids are remembered for replay detection",
    flag: "retention",
    env: "FLEXJOB_RETENTION",
    rule: DURATION_RULE,
    parse: duration,
    shownDefault: "7d",
  },
  {
    key: "maxRequestIds",
    what: "the most request ids remembered; at the bound the oldest is forgotten",
    flag: "max-request-ids",
    env: "FLEXJOB_MAX_REQUEST_IDS",
    rule: `must be a whole number from 1 to ${MAX_MEMORY_REQUEST_IDS} (the most the in-memory store holds)`,
    parse: (t) => whole(t, 1, MAX_MEMORY_REQUEST_IDS),
  },
  {
    key: "unknownGrantStatus",
    what: 'grant status code meaning "Ukendt" (answers 409 / 80003)',
    flag: "unknown-grant-status",
    env: "FLEXJOB_UNKNOWN_GRANT_STATUS",
    rule: "must be a whole number (int32)",
    parse: (t) => whole(t, -(2 ** 31), 2 ** 31 - 1),
  },
  {
    key: "maxConnections",
    what: "the most open connections; at the bound the one longest without an answer is closed",
    flag: "max-connections",
    env: "FLEXJOB_MAX_CONNECTIONS",
    rule: "must be a whole number from 1 to 1000000",
    parse: (t) => whole(t, 1, 1_000_000),
  },
  timeout("headersTimeoutMs", "headers-timeout", "time to receive a request's headers (408 after it)"),
  timeout("requestTimeoutMs", "request-timeout", "time to receive a whole request, body included (408 after it)"),
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
    key: "responseValidation",
    what: "validate every response against the spec (500 / 1011 on a breach)",
    flag: "response-validation",
    env: "FLEXJOB_RESPONSE_VALIDATION",
    boolean: true,
    rule: "must be true or false",
    parse: bool,
  },
];

function timeout<K extends "headersTimeoutMs" | "requestTimeoutMs" | "keepAliveTimeoutMs" | "sendTimeoutMs">(
  key: K,
  flag: string,
  what: string,
): Setting<K> {
  return {
    key,
    what,
    flag,
    env: `FLEXJOB_${flag.toUpperCase().replaceAll("-", "_")}`,
    rule: DURATION_RULE,
    parse: duration,
    shownDefault: `${CONFIG_DEFAULTS[key] / 1000}s`,
  };
}

/** Either a text to print and exit 0 (--help, --version), or the configuration to run with. */
export type ParsedCommandLine = { print: "help" | "version" } | { print?: undefined; config: ServerConfig };

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
  if (config.headersTimeoutMs > config.requestTimeoutMs)
    throw new ConfigError(
      `--headers-timeout must not be longer than --request-timeout; got ${config.headersTimeoutMs / 1000}s and ${config.requestTimeoutMs / 1000}s`,
    );
  return { config };
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

function whole(text: string, min: number, max: number): number | undefined {
  if (!/^-?\d+$/.test(text.trim())) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
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
    line("-h, --help", "", "this text"),
    line("--version", "", "the version"),
    "",
  ].join("\n");
}

function line(flag: string, env: string, what: string): string {
  return `  ${flag.padEnd(32)}${env}`.trimEnd() + `\n      ${what}`;
}
