/** What every check gets and gives back. */
import type { CheckGroup } from "./check-groups";
import type { CheckOptions } from "./check-options";
import type { Fetch, Send } from "./http";
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
}

export interface Check {
  /** Unique and stable, e.g. "negative GetFlexjob wrong type". */
  name: string;
  group: CheckGroup;
  /** Why the check is left out without running (e.g. `--forbidden-case none`); undefined: it runs. */
  skip?: string;
  run(context: CheckContext): Promise<CheckOutcome>;
}

export type CheckStatus = "passed" | "failed" | "skipped";

export interface CheckResult {
  name: string;
  group: CheckGroup;
  status: CheckStatus;
  /** Why it passed, failed or was left out, in one line. */
  reason: string;
  /** For a failure: a command that replays the failing request. */
  reproduce?: string;
  /** 0 for a skipped check. */
  durationMs: number;
}

export function outcome(problems: readonly string[], passReason: string, reproduce?: string): CheckOutcome {
  if (problems.length === 0) return { passed: true, reason: passReason };
  return { passed: false, reason: problems.join("; "), ...(reproduce === undefined ? {} : { reproduce }) };
}
