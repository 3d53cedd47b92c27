/**
 * Anything CPR-shaped withheld from what the checker records of an exchange (--har), by the spec's
 * rule (x-cpr-shaped, as the reference server's log follows it): a header value or a JSON string
 * holding a CPR-shaped run is replaced whole by the placeholder, as in the log; so is a JSON number
 * (in a body it is data, not the server's own); in text that is not JSON, each run is.
 */
import { CPR_SHAPED } from "../generated/contract";

const RUN = new RegExp(CPR_SHAPED.pattern.source);
const RUNS = new RegExp(CPR_SHAPED.pattern.source, "g");
/** A JSON string literal (escapes included) or a number, whichever comes first. */
const TOKENS = /"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*/g;
const QUOTED = JSON.stringify(CPR_SHAPED.placeholder);

/** The value, or the placeholder when it holds anything CPR-shaped. */
export function withheldValue(value: string): string {
  return RUN.test(value) ? CPR_SHAPED.placeholder : value;
}

/** A body with every JSON string or number holding a CPR-shaped run withheld (JSON stays JSON), or, not JSON, every run. */
export function withheldBody(text: string): string {
  if (!RUN.test(text)) return text;
  if (!isJson(text)) return withheldRuns(text);
  return text.replace(TOKENS, (token) => (RUN.test(token) ? QUOTED : token));
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Free text with every CPR-shaped run replaced by the placeholder. */
export function withheldRuns(text: string): string {
  return text.replace(RUNS, CPR_SHAPED.placeholder);
}
