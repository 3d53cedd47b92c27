/** One flag of the command line, as the flag table (option-table.ts) lists it. */
import type { CheckOptions } from "./check-options";

/** Option values the table's parsers fill in; the TLS files are read from their flags together. */
export type Parsed = Omit<CheckOptions, "tls">;

/** One flag: its value's placeholder (none: a switch), its help lines, and what it sets from what text. */
export interface Flag {
  flag: string;
  value?: string;
  multiple?: true;
  short?: string;
  help: readonly string[];
  /** The option it sets; none for --help and the TLS flags. */
  key?: keyof Parsed;
  /** The text used when the flag is not given (a list for repeatable flags). */
  fallback?: (randomSeed: () => number) => string | readonly string[] | undefined;
  /** The value from the flag's text; throws a UsageError stating the rule. */
  parse?: (text: never, flag: string) => Parsed[keyof Parsed] | undefined;
}
