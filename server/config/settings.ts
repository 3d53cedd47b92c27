/**
 * Every setting of the command line: its flag, its environment variable, what it does, its rule and
 * its parser. The rules are the ones createApp and the limits check with (setting-rules.ts).
 */
import { PROBLEM_KINDS } from "../../generated/contract";
import { parseCorsOrigins } from "../pipeline";
import { SHUTDOWN_GRACE_MS } from "../transport";
import { CONFIG_DEFAULTS, LOG_LEVELS, TLS_PASSPHRASE_ENV, type ServerConfig } from "./server-config";
import { ruled, SETTING_RULES } from "./setting-rules";
import { proxySettings } from "./proxy-settings";
import type { Setting } from "./setting";

export type { Setting };
import { bool, duration, DURATION_RULE, whole, wholeNumber } from "./text-values";

/** "status / errorCode": a row of the error table as --help shows it. */
function answer(kind: keyof typeof PROBLEM_KINDS): string {
  const { status, errorCode } = PROBLEM_KINDS[kind];
  return errorCode === null ? String(status) : `${status} / ${errorCode}`;
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
  ...proxySettings(),
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
