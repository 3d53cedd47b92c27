/**
 * One check run as its result: its requests recorded (recorder.ts), the documented outcomes its
 * answers reached, and for a failure the exchanges that show it. An exception is a failure too:
 * a request without an answer, or a check that could not run.
 */
import type { Check, CheckContext, CheckOutcome, CheckResult } from "./context";
import { RequestFailed } from "./http";
import { reachedBy, sameOutcome, type Outcome } from "./outcomes";
import { recordingSend, type Recorded } from "./recorder";

export async function runCheck(context: CheckContext, check: Check): Promise<CheckResult> {
  const log: Recorded[] = [];
  const started = performance.now();
  let outcome: CheckOutcome;
  try {
    outcome = await check.run({ ...context, send: recordingSend(context.send, log) });
  } catch (error) {
    const reason =
      error instanceof RequestFailed
        ? error.message
        : `the check could not run: ${error instanceof Error ? error.message : String(error)}`;
    outcome = { passed: false, reason };
  }
  const { passed, shows, ...rest } = outcome;
  const shown = shows === undefined ? log : log.filter((recorded) => shows.includes(recorded.request));
  return {
    id: check.id,
    name: check.name,
    group: check.group,
    status: passed ? "passed" : "failed",
    ...rest,
    durationMs: Math.round(performance.now() - started),
    reached: reachedIn(log),
    ...(passed ? {} : { exchanges: shown }),
  };
}

/** A check left out: skipped, with the reason. */
export function skippedResult(check: Check, reason: string): CheckResult {
  const { id, name, group } = check;
  return { id, name, group, status: "skipped", reason, durationMs: 0, reached: [] };
}

function reachedIn(log: readonly Recorded[]): Outcome[] {
  const reached: Outcome[] = [];
  for (const { exchange } of log) {
    const outcome = exchange && reachedBy(exchange);
    if (outcome && !reached.some((seen) => sameOutcome(seen, outcome))) reached.push(outcome);
  }
  return reached;
}
