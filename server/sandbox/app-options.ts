/**
 * createApp's options, their defaults (one literal) and their rules (setting-rules.ts, which the
 * command line uses too). A bad value throws at start-up with a message that states the rule and
 * the value.
 */
import type { Logger } from "pino";
import type { AppSettings } from "./app-settings";
import type { AuthMode } from "./case-access";
import { ConfigError } from "../pipeline/config-error";
import type { SandboxControl } from "./control/sandbox-control";
import type { CorsOrigins } from "../pipeline/cors-origins";
import { REQUEST_ID_DEFAULTS, type RequestIdStore } from "../stores/request-id-store";
import { APP_RULES } from "../config/setting-rules";

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

/** The options with defaults filled in; throws a ConfigError naming the option, the rule and the value. */
export function resolveAppOptions(options: AppOptions): ResolvedAppOptions {
  const resolved: ResolvedAppOptions = { ...APP_DEFAULTS, ...withoutUndefined(options) };
  for (const [key, { rule, holds }] of Object.entries(APP_RULES)) {
    const value = resolved[key as keyof typeof APP_RULES];
    if (value !== undefined && !holds(value)) throw new ConfigError(`${key} ${rule}; got ${JSON.stringify(value)}`);
  }
  return resolved;
}

function withoutUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}
