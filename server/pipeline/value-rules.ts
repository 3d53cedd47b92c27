/**
 * A setting's rule, stated once: the words a breach is reported in and the check. The layers that
 * own settings (transport's limits, the pipeline's options) state theirs with these; the command
 * line reads a flag's text into a value and checks it with the same rule.
 */
export interface ValueRule<T> {
  /** "must be ...", completing a sentence that starts with the setting's name. */
  rule: string;
  holds: (value: unknown) => value is T;
}

/** A whole number from `min` to `max`. */
export function whole(min: number, max: number, rule: string): ValueRule<number> {
  return { rule, holds: (v): v is number => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max };
}

/** A positive whole number of milliseconds. */
export const MS = whole(1, Number.MAX_SAFE_INTEGER, "must be a positive whole number of ms");

export const BOOLEAN: ValueRule<boolean> = { rule: "must be true or false", holds: (v) => typeof v === "boolean" };
