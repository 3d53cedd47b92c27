/** What every check gets and gives back. */
import type { CheckGroup } from "./check-groups";
import type { CheckOptions } from "./check-options";
import type { Fetch, OutgoingRequest, Send } from "./http";
import type { Outcome } from "./outcomes";
import type { Recorded } from "./recorder";
import type { SchemaBook } from "./schemas";
import type { LoadedSpec } from "./spec";

export { CHECK_GROUPS, type CheckGroup } from "./check-groups";

export interface CheckContext {
  options: CheckOptions;
  spec: LoadedSpec;
  schemas: SchemaBook;
  /** fetch with the run's TLS settings; `send` uses it. */
  fetch: Fetch;
  send: Send;
}

export interface CheckOutcome {
  passed: boolean;
  /** Why it passed or failed, in one line. */
  reason: string;
  /** For a failure: a command that replays the failing request. */
  reproduce?: string;
  /** For a failure: the requests whose exchanges show it (--har); default every request the check sent. */
  shows?: readonly OutgoingRequest[];
}

export interface Check {
  /**
   * Unique and stable across runs and seeds, for baselines: `<group>/<operationId>/<what>`, e.g.
   * "negative/GetFlexjob/wrong-type". Independent of the name, which may be reworded.
   */
  id: string;
  /** Unique, for people, e.g. "negative GetFlexjob wrong type". */
  name: string;
  group: CheckGroup;
  /** The documented outcomes the check sets out to provoke (the injected checks reach the rest). */
  expects: readonly Outcome[];
  /** Why the check is left out without running (e.g. `--forbidden-case none`); undefined: it runs. */
  skip?: string;
  run(context: CheckContext): Promise<CheckOutcome>;
}

export type CheckStatus = "passed" | "failed" | "skipped";

export interface CheckResult {
  id: string;
  name: string;
  group: CheckGroup;
  status: CheckStatus;
  /** Why it passed, failed or was left out, in one line. */
  reason: string;
  /** For a failure: a command that replays the failing request. */
  reproduce?: string;
  /** 0 for a skipped check. */
  durationMs: number;
  /** The documented outcomes its answers showed, first seen first ([] for a skipped check). */
  reached: readonly Outcome[];
  /** For a failure: the exchanges that show it, as sent and answered (--har). */
  exchanges?: readonly Recorded[];
}

/** A check's verdict from its problems: passed when there are none, else failed with them as the reason. */
export function outcome(problems: readonly string[], passReason: string, reproduce?: string): CheckOutcome {
  if (problems.length === 0) return { passed: true, reason: passReason };
  return { passed: false, reason: problems.join("; "), ...(reproduce === undefined ? {} : { reproduce }) };
}
