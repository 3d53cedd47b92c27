/**
 * The rule of each setting that the command line shares with createApp or with the server's
 * limits, stated once where the setting is owned (the pipeline's options, the sandbox's, the
 * limits in transport) and gathered here. createApp and resolveServerLimits check a value given to
 * them with it; the command line reads a flag's or variable's text into a value and checks that
 * with it. Both report a breach in the same words: `<setting> <rule>; got <value>`.
 */
import type { ValueRule } from "../pipeline";
import { APP_RULES } from "../sandbox";
import { LIMIT_RULES } from "../transport";

export type { ValueRule };
export { APP_RULES };

export const SETTING_RULES = { ...APP_RULES, ...LIMIT_RULES } as const;

export type RuledSetting = keyof typeof SETTING_RULES;

type RuledValue<K extends RuledSetting> = (typeof SETTING_RULES)[K] extends ValueRule<infer T> ? T : never;

/** The value if it keeps the setting's rule, else undefined (for parsers that report the rule themselves). */
export function ruled<K extends RuledSetting>(key: K, value: unknown): RuledValue<K> | undefined {
  return SETTING_RULES[key].holds(value) ? (value as RuledValue<K>) : undefined;
}
