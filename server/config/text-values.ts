/** A flag's or variable's text read as a value; undefined for text that is none. */

export const DURATION_RULE = "must be a positive duration: 7d, 12h, 30m, 45s or whole seconds";

/** A whole number written in decimal digits; undefined for any other text. */
export function wholeNumber(text: string): number | undefined {
  return /^-?\d+$/.test(text.trim()) ? Number(text) : undefined;
}

export function whole(text: string, min: number, max: number): number | undefined {
  const value = wholeNumber(text);
  return value !== undefined && value >= min && value <= max ? value : undefined;
}

export function bool(text: string): boolean | undefined {
  if (["true", "1", "yes", "on"].includes(text.toLowerCase())) return true;
  if (["false", "0", "no", "off"].includes(text.toLowerCase())) return false;
  return undefined;
}

const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 } as const;

/** "7d", "12h", "30m", "45s" or whole seconds, in ms; undefined unless positive and finite. */
export function duration(text: string): number | undefined {
  const match = /^(\d+)([dhms]?)$/.exec(text.trim());
  if (!match) return undefined;
  const ms = Number(match[1]) * UNIT_MS[(match[2] || "s") as keyof typeof UNIT_MS];
  return ms > 0 && Number.isSafeInteger(ms) ? ms : undefined;
}
