/** What the error table prescribes for a kind of problem, and how the checks and --help state it. */
import { PROBLEM_KINDS, type ProblemKind } from "../generated/contract";

/** The status and errorCode the error table prescribes for a kind of problem. */
export function prescribed(kind: ProblemKind): { status: number; errorCode?: number } {
  const row = PROBLEM_KINDS[kind];
  return row.errorCode === null ? { status: row.status } : { status: row.status, errorCode: row.errorCode };
}

/** "status (errorCode)", or the status alone: a prescribed answer as the checks report it. */
export function describePrescribed({ status, errorCode }: { status: number; errorCode?: number }): string {
  return errorCode === undefined ? String(status) : `${status} (${errorCode})`;
}
