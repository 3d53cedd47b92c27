/**
 * What the log withholds: anything shaped like a CPR number, i.e. a run of ten digits, with or
 * without a hyphen or a space after the sixth (DDMMYY-SSSS, https://cpr.dk), wherever it occurs:
 * inside a longer number or string too, and whether or not its first six digits are a date. The
 * rule and its placeholder are the spec's `x-cpr-shaped`, which the checker's HAR files follow too.
 */
import { CPR_SHAPED } from "../generated/contract";

const CPR_RUN = new RegExp(CPR_SHAPED.pattern.source);
const CPR_RUNS = new RegExp(CPR_SHAPED.pattern.source, "g");
const WITHHELD = CPR_SHAPED.placeholder;
/** A JSON string literal, escapes included. */
const STRING_LITERAL = /"(?:[^"\\]|\\.)*"/g;

/** The value, or a placeholder when it contains anything CPR-shaped. */
export function withoutCpr(value: string | undefined): string | undefined {
  return value !== undefined && CPR_RUN.test(value) ? WITHHELD : value;
}

/** Free text with every CPR-shaped run replaced by a placeholder. */
export function withholdCprRuns(text: string): string {
  return text.replace(CPR_RUNS, WITHHELD);
}

/**
 * A serialised JSON log line with every string that contains anything CPR-shaped replaced by a
 * placeholder. Numbers (time, pid, durationMs) are left alone: they are the server's own.
 */
export function withholdCprInJson(line: string): string {
  // Nearly every line has no CPR-shaped run anywhere (numbers included): one scan of the line
  // instead of a callback per string literal.
  if (!CPR_RUN.test(line)) return line;
  return line.replace(STRING_LITERAL, (literal) => (CPR_RUN.test(literal) ? JSON.stringify(WITHHELD) : literal));
}
