/**
 * The rule of each setting that the command line shares with createApp or with the server's
 * limits, stated once (the limits' own rules are transport's, server-limits.ts). resolveAppOptions
 * and resolveServerLimits check a value given to them with it; config.ts reads a flag's or variable's text into a value and checks that with it. Both report a breach in the same words:
 * `<setting> <rule>; got <value>`.
 */
import type { AppSettings } from "../sandbox/app-settings";
import type { AuthMode } from "../sandbox/case-access";
import { CORS_RULE, parseCorsOrigins, type CorsOrigins } from "../pipeline/cors-origins";
import { MAX_MEMORY_REQUEST_IDS } from "../stores/request-id-store";
import { LIMIT_RULES } from "../transport/server-limits";
import { BOOLEAN, MS, whole, type ValueRule } from "../pipeline/value-rules";

export type { ValueRule };

const AUTH_MODES: readonly unknown[] = ["header", "certificate", "off"] satisfies AuthMode[];

/** The settings both createApp and the command line take, each with its one rule. */
export const APP_RULES = {
  auth: {
    rule: 'must be "header", "certificate" or "off"',
    holds: (v): v is AuthMode => AUTH_MODES.includes(v),
  } satisfies ValueRule<AuthMode>,
  sandbox: BOOLEAN,
  validateResponses: BOOLEAN,
  retentionMs: MS,
  maxRequestIds: whole(
    1,
    MAX_MEMORY_REQUEST_IDS,
    `must be a whole number from 1 to ${MAX_MEMORY_REQUEST_IDS} (the most the in-memory store holds)`,
  ),
  unknownGrantStatus: whole(-(2 ** 31), 2 ** 31 - 1, "must be a whole number (int32)"),
  cors: {
    rule: CORS_RULE,
    holds: (v): v is CorsOrigins =>
      v === "*" ||
      (Array.isArray(v) && v.every((o) => typeof o === "string") && parseCorsOrigins(v.join(",")) !== undefined),
  } satisfies ValueRule<CorsOrigins>,
} as const satisfies { [K in keyof AppSettings | "cors"]?: ValueRule<unknown> };

export const SETTING_RULES = { ...APP_RULES, ...LIMIT_RULES } as const;

export type RuledSetting = keyof typeof SETTING_RULES;

type RuledValue<K extends RuledSetting> = (typeof SETTING_RULES)[K] extends ValueRule<infer T> ? T : never;

/** The value if it keeps the setting's rule, else undefined (for parsers that report the rule themselves). */
export function ruled<K extends RuledSetting>(key: K, value: unknown): RuledValue<K> | undefined {
  return SETTING_RULES[key].holds(value) ? (value as RuledValue<K>) : undefined;
}
