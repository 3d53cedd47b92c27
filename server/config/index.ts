/**
 * The command line: flags and environment variables read into the server's configuration once, at
 * start-up, with the rules createApp and the limits check with, the TLS files they name, and --help;
 * and the arguments of the init-stub command.
 */
export { ConfigError } from "../pipeline";
export { parseConfig, type ParsedCommandLine } from "./parse-config";
export { CONFIG_DEFAULTS, LOG_LEVELS, TLS_PASSPHRASE_ENV, type LogLevel, type ServerConfig } from "./server-config";
export { SETTINGS, type Setting } from "./settings";
export { APP_RULES, ruled, SETTING_RULES, type RuledSetting } from "./setting-rules";
export { loadTlsOptions, type TlsFileSettings } from "./tls-files";
export { usage } from "./usage";
export { packageVersion } from "./package-version";
export { INIT_STUB, initStubUsage, parseInitStubArgs, type InitStubArgs } from "./init-stub-args";
