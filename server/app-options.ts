/**
 * createApp's options, their defaults (one literal) and their rules. A bad value throws at
 * start-up with a message that states the rule and the value.
 */
import type { Logger } from "pino";
import type { AppSettings } from "./app-settings";
import type { AuthMode } from "./case-access";
import { ConfigError } from "./config-error";
import type { SandboxControl } from "./control/sandbox-control";
import { CORS_RULE, parseCorsOrigins, type CorsOrigins } from "./cors-origins";
import { MAX_MEMORY_REQUEST_IDS, REQUEST_ID_DEFAULTS, type RequestIdStore } from "./request-id-store";

/** The settings of the server, and what a program can give besides: a logger, stores, the control. */
export interface AppOptions extends AppSettings {
  /** Where request lines go (default: nowhere). */
  logger?: Logger;
  /** Replaces the in-memory request id store (retentionMs and maxRequestIds then do not apply). */
  requestIdStore?: RequestIdStore;
  /** Run-time cases, faults and a journal, driven by the admin listener (createAdminApp). */
  control?: SandboxControl;
  /** Origins allowed to call the operations from a browser ("*": any); default none. */
  cors?: CorsOrigins;
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
  if (resolved.cors !== undefined && resolved.cors !== "*")
    check(parseCorsOrigins(resolved.cors.join(",")) !== undefined, `cors ${CORS_RULE}`, resolved.cors);
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
