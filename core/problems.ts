/**
 * Every error body the server sends, built from the spec's error table (generated/contract.ts,
 * from x-problem-kinds) as the spec's `Problem` (application/problem+json).
 */
import { PROBLEM_KINDS, type ProblemKind } from "../generated/contract";
import type { components } from "../generated/flexjob";

export type Problem = components["schemas"]["Problem"];
export type ProblemError = components["schemas"]["ProblemError"];
export type { ProblemKind };

export interface ProblemContext {
  /** The request's well-formed x-requestId, if it had one. */
  requestId?: string | undefined;
  /** Every violation, for 400. */
  errors?: ProblemError[];
}

/** The outcome for one row of the error table: its literal status and its Problem body. */
export function problem<K extends ProblemKind>(
  kind: K,
  detail: string,
  context: ProblemContext = {},
): { status: (typeof PROBLEM_KINDS)[K]["status"]; body: Problem } {
  const row = PROBLEM_KINDS[kind];
  const body: Problem = { type: row.type, title: row.title, status: row.status, detail };
  if (row.errorCode !== null) body.errorCode = row.errorCode;
  if (context.requestId !== undefined) body.requestId = context.requestId;
  if (context.errors !== undefined) body.errors = context.errors;
  return { status: row.status, body };
}
