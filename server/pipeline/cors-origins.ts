/** The origins `--cors` allows, and how they are read. */

/** "*" (any origin) or the exact origins allowed, e.g. ["http://localhost:5173"]. */
export type CorsOrigins = "*" | readonly string[];

export const CORS_RULE = 'must be "*" or a comma-separated list of origins (scheme://host[:port])';

/** Reads "*" or a comma-separated list of origins; undefined when one is no origin (scheme://host[:port]). */
export function parseCorsOrigins(text: string): CorsOrigins | undefined {
  if (text.trim() === "*") return "*";
  const origins = text.split(",").map((origin) => origin.trim());
  const valid = origins.every((origin) => URL.canParse(origin) && new URL(origin).origin === origin);
  return valid && origins.length > 0 ? origins : undefined;
}
