/**
 * createApp's options: the pipeline's (with their defaults and rules) and the sandbox's own, whose
 * defaults are one literal and whose rules the command line states too. A bad value throws at
 * start-up with a message that states the rule and the value.
 */
import type { Logger } from "pino";
import {
  PIPELINE_DEFAULTS,
  PIPELINE_RULES,
  whole,
  withDefaults,
  BOOLEAN,
  type CorsOrigins,
  type RequestIdStore,
  type ValueRule,
} from "../pipeline";
import type { AppSettings, SandboxSettings } from "./app-settings";
import type { SandboxControl } from "./control/sandbox-control";

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

export const SANDBOX_DEFAULTS = { sandbox: true, unknownGrantStatus: 1 } as const satisfies SandboxSettings;

/** The sandbox's own settings' rules, shared with the command line. */
export const SANDBOX_RULES = {
  sandbox: BOOLEAN,
  unknownGrantStatus: whole(-(2 ** 31), 2 ** 31 - 1, "must be a whole number (int32)"),
} as const satisfies { [K in keyof SandboxSettings]?: ValueRule<unknown> };

export const APP_DEFAULTS = { ...PIPELINE_DEFAULTS, ...SANDBOX_DEFAULTS } as const;

export const APP_RULES = { ...PIPELINE_RULES, ...SANDBOX_RULES } as const;

export type ResolvedAppOptions = AppOptions & typeof APP_DEFAULTS;

/** The options with defaults filled in; throws a ConfigError naming the option, the rule and the value. */
export function resolveAppOptions(options: AppOptions): ResolvedAppOptions {
  return withDefaults(options, APP_DEFAULTS, APP_RULES);
}
