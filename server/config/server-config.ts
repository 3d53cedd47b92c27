/**
 * The server's configuration as the command line resolves it once, at start-up, and its defaults:
 * those it shares with createApp, the limits and the Redis connection come from where they are owned.
 */
import { LOG_LEVELS, type AuthMode, type CorsOrigins, type LogLevel } from "../pipeline";
import { APP_DEFAULTS } from "../sandbox";
import { REDIS_DEFAULTS } from "../stores";
import { SERVER_LIMIT_DEFAULTS, SHUTDOWN_GRACE_MS, type ServerLimits } from "../transport";

export { LOG_LEVELS, type LogLevel };

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
  /** Proxy mode: forward every request to this service instead of answering from cases. */
  upstreamUrl: string | undefined;
  /** The proxy's client certificate towards the upstream: PEM certificate and key, or PKCS#12. */
  upstreamCert: string | undefined;
  upstreamKey: string | undefined;
  upstreamPfx: string | undefined;
  /** The CAs the upstream's certificate must chain to (default Node's). */
  upstreamCa: string | undefined;
  /** Of --upstream-key or --upstream-pfx, from the environment only. */
  upstreamPassphrase: string | undefined;
  /** How long the upstream may take to answer in full (504 after it). */
  upstreamTimeoutMs: number;
  /** Forward a request the contract refuses, and only report it. */
  upstreamForwardInvalid: boolean;
  /** Write each upstream case (200) to this directory as a case file, personal data replaced. */
  recordDir: string | undefined;
  /** Let --record overwrite an existing case file. */
  recordForce: boolean;
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
  redisPrefix: REDIS_DEFAULTS.prefix,
  redisConnectTimeoutMs: REDIS_DEFAULTS.connectTimeoutMs,
  shutdownGraceMs: SHUTDOWN_GRACE_MS,
  adminPort: undefined,
  cors: undefined,
  maxConnections: SERVER_LIMIT_DEFAULTS.maxConnections,
  headersTimeoutMs: SERVER_LIMIT_DEFAULTS.headersTimeoutMs,
  requestTimeoutMs: SERVER_LIMIT_DEFAULTS.requestTimeoutMs,
  handshakeTimeoutMs: SERVER_LIMIT_DEFAULTS.handshakeTimeoutMs,
  keepAliveTimeoutMs: SERVER_LIMIT_DEFAULTS.keepAliveTimeoutMs,
  sendTimeoutMs: SERVER_LIMIT_DEFAULTS.sendTimeoutMs,
  upstreamUrl: undefined,
  upstreamCert: undefined,
  upstreamKey: undefined,
  upstreamPfx: undefined,
  upstreamCa: undefined,
  upstreamPassphrase: undefined,
  upstreamTimeoutMs: 30_000,
  upstreamForwardInvalid: false,
  recordDir: undefined,
  recordForce: false,
};

/** The environment variable holding the passphrase of --upstream-key or --upstream-pfx. */
export const UPSTREAM_PASSPHRASE_ENV = "FLEXJOB_UPSTREAM_PASSPHRASE";

/** The environment variable holding the passphrase of --tls-key or --tls-pfx. */
export const TLS_PASSPHRASE_ENV = "FLEXJOB_TLS_PASSPHRASE";
