/**
 * The server's configuration from flags and environment, resolved once at start-up. A flag wins
 * over its environment variable, which wins over the default. A bad value throws a ConfigError
 * stating the rule and the value; main turns it into exit code 2.
 */
import { parseArgs } from "node:util";
import { ConfigError } from "../pipeline";
import { CONFIG_DEFAULTS, TLS_PASSPHRASE_ENV, UPSTREAM_PASSPHRASE_ENV, type ServerConfig } from "./server-config";
import { SETTINGS, type Setting } from "./settings";

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
  const passphrase = env[TLS_PASSPHRASE_ENV];
  if (passphrase !== undefined && passphrase !== "") config.tlsPassphrase = passphrase;
  const upstreamPassphrase = env[UPSTREAM_PASSPHRASE_ENV];
  if (upstreamPassphrase !== undefined && upstreamPassphrase !== "") config.upstreamPassphrase = upstreamPassphrase;
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
  checkProxyCombination(config, rule);
  rule(
    config.headersTimeoutMs > config.requestTimeoutMs,
    `--headers-timeout must not be longer than --request-timeout; got ${config.headersTimeoutMs / 1000}s and ${config.requestTimeoutMs / 1000}s`,
  );
}

/** Proxy mode's rules: what needs --upstream, and what it cannot go with. */
function checkProxyCombination(config: ServerConfig, rule: (broken: boolean, message: string) => void): void {
  const proxy = config.upstreamUrl !== undefined;
  for (const [given, flag] of [
    [
      config.upstreamCert ?? config.upstreamKey ?? config.upstreamPfx ?? config.upstreamCa,
      "--upstream-cert, --upstream-key, --upstream-pfx and --upstream-ca",
    ],
    [config.recordDir, "--record"],
    [config.upstreamForwardInvalid || undefined, "--upstream-forward-invalid"],
  ] as const)
    rule(given !== undefined && !proxy, `${flag} need${flag.includes(",") ? "" : "s"} --upstream (proxy mode)`);
  rule(
    config.recordForce && config.recordDir === undefined,
    "--force needs --record: it lets a recording overwrite case files",
  );
  rule(
    (config.upstreamCert === undefined) !== (config.upstreamKey === undefined),
    "--upstream-cert and --upstream-key go together",
  );
  rule(
    config.upstreamPfx !== undefined && config.upstreamCert !== undefined,
    "give --upstream-pfx or --upstream-cert with --upstream-key, not both",
  );
  rule(
    proxy && config.fixturesDir !== undefined,
    "--fixtures serves cases; with --upstream the upstream answers them (replay a recording without --upstream)",
  );
  rule(
    proxy && config.redisUrl !== undefined,
    "--redis holds request ids and the sandbox; with --upstream the upstream keeps the replay rule",
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
