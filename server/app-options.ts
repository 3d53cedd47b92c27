/**
 * createApp's options, their defaults (one literal) and their rules. A bad value throws at
 * start-up with a message that states the rule and the value.
 */
import type { Logger } from "pino";
import type { AuthMode } from "./case-access";
import { ConfigError } from "./config-error";
import { MAX_MEMORY_REQUEST_IDS, REQUEST_ID_DEFAULTS, type RequestIdStore } from "./request-id-store";

export interface AppOptions {
  /**
   * "header" (default): the caller is activeOrganisationHeader.organisationCode; "certificate": the
   * CVR of the client certificate the TLS handshake verified; "off": anyone reads anything.
   */
  auth?: AuthMode;
  /** A directory of further case files, adding to or replacing the bundled ones. */
  fixturesDir?: string;
  /** Serve the bundled sandbox cases (default true). */
  sandbox?: boolean;
  /** Validate every response against the spec (default false; on in tests). */
  validateResponses?: boolean;
  /** How long a request id is remembered, in ms (default 7 days). */
  retentionMs?: number;
  /** The most request ids remembered; at the bound the oldest is forgotten (default 100 000). */
  maxRequestIds?: number;
  /** The grant status code that means "Ukendt" and answers 409 grant-status-unknown (default 1). */
  unknownGrantStatus?: number;
  /** Where request lines go (default: nowhere). */
  logger?: Logger;
  /** Replaces the in-memory request id store (retentionMs and maxRequestIds then do not apply). */
  requestIdStore?: RequestIdStore;
}

export const APP_DEFAULTS = {
  auth: "header",
  sandbox: true,
  validateResponses: false,
  retentionMs: REQUEST_ID_DEFAULTS.retentionMs,
  maxRequestIds: REQUEST_ID_DEFAULTS.maxIds,
  unknownGrantStatus: 1,
} as const satisfies AppOptions;

export type ResolvedAppOptions = Omit<AppOptions, keyof typeof APP_DEFAULTS> & {
  auth: AuthMode;
  sandbox: boolean;
  validateResponses: boolean;
  retentionMs: number;
  maxRequestIds: number;
  unknownGrantStatus: number;
};

const INT32_MAX = 2 ** 31 - 1;

/** The options with defaults filled in; throws a ConfigError naming the rule and the value. */
export function resolveAppOptions(options: AppOptions): ResolvedAppOptions {
  const resolved: ResolvedAppOptions = { ...APP_DEFAULTS, ...withoutUndefined(options) };
  check(
    resolved.auth === "header" || resolved.auth === "certificate" || resolved.auth === "off",
    'auth must be "header", "certificate" or "off"',
    resolved.auth,
  );
  check(
    isWhole(resolved.retentionMs, 1, Number.MAX_SAFE_INTEGER),
    "retentionMs must be a whole number of ms > 0",
    resolved.retentionMs,
  );
  check(
    isWhole(resolved.maxRequestIds, 1, MAX_MEMORY_REQUEST_IDS),
    `maxRequestIds must be a whole number from 1 to ${MAX_MEMORY_REQUEST_IDS}`,
    resolved.maxRequestIds,
  );
  check(
    isWhole(resolved.unknownGrantStatus, -INT32_MAX - 1, INT32_MAX),
    "unknownGrantStatus must be an int32",
    resolved.unknownGrantStatus,
  );
  return resolved;
}

function isWhole(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function check(ok: boolean, rule: string, value: unknown): void {
  if (!ok) throw new ConfigError(`${rule}; got ${JSON.stringify(value)}`);
}

function withoutUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}
