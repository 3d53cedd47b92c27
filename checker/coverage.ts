/**
 * Coverage of documented outcomes: of every outcome the contract documents (each status an
 * operation declares, with the errorCode the error table gives it), which the run's answers
 * reached, and the first check that reached each.
 */
import type { CheckResult } from "./context";
import { DOCUMENTED, sameOutcome, type Outcome } from "./outcomes";

export interface CoveredOutcome extends Outcome {
  /** The first check whose answers showed it; undefined: not reached. */
  seenBy?: { id: string; name: string };
}

export interface Coverage {
  outcomes: CoveredOutcome[];
  reached: number;
  total: number;
}

export function coverageOf(results: readonly CheckResult[]): Coverage {
  const outcomes = DOCUMENTED.map((outcome): CoveredOutcome => {
    const seen = results.find((result) => result.reached.some((reached) => sameOutcome(reached, outcome)));
    return seen === undefined ? { ...outcome } : { ...outcome, seenBy: { id: seen.id, name: seen.name } };
  });
  return { outcomes, reached: outcomes.filter((o) => o.seenBy !== undefined).length, total: outcomes.length };
}

/** The share reached, in whole percent rounded down: 100 only when every outcome was reached. */
export function coveragePercent({ reached, total }: Pick<Coverage, "reached" | "total">): number {
  return total === 0 ? 100 : Math.floor((reached * 100) / total);
}

/** Whether the coverage is at least `minimum` percent (exactly, not the rounded percentage). */
export function meetsMinimum({ reached, total }: Pick<Coverage, "reached" | "total">, minimum: number): boolean {
  return reached * 100 >= minimum * total;
}
