/**
 * The error table of the spec (info.description), one entry per row: every error body the server
 * sends is built here, as the spec's `Problem` (application/problem+json).
 */
import type { components } from "../generated/flexjob";

export type Problem = components["schemas"]["Problem"];
export type ProblemError = components["schemas"]["ProblemError"];
type FlexjobErrorCode = components["schemas"]["FlexjobErrorCode"];

interface ProblemKindSpec {
  status: number;
  title: string;
  errorCode?: FlexjobErrorCode;
}

/** Keyed by the last segment of the problem `type` URN. Titles of STAR faults are STAR's texts. */
export const PROBLEM_KINDS = {
  "invalid-request": { status: 400, title: "The submitted message is not valid", errorCode: 1014 },
  "not-authorized": { status: 403, title: "You are not authorized to execute the operation", errorCode: 4575 },
  "case-not-found": { status: 404, title: "Bevillingen kunne ikke findes.", errorCode: 80002 },
  "not-found": { status: 404, title: "Not found" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  "request-timeout": { status: 408, title: "Request timeout" },
  "grant-status-unknown": { status: 409, title: "Bevillingen er i status 'Ukendt'.", errorCode: 80003 },
  "replayed-request-id": { status: 412, title: "Request id already used" },
  "payload-too-large": { status: 413, title: "Payload too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "expectation-failed": { status: 417, title: "Expectation failed" },
  "headers-too-large": { status: 431, title: "Request header fields too large" },
  "internal-error": { status: 500, title: "Internal error", errorCode: 1011 },
} as const satisfies Record<string, ProblemKindSpec>;

export type ProblemKind = keyof typeof PROBLEM_KINDS;

export const PROBLEM_TYPE_PREFIX = "urn:flexjob-contract:problem:";

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
  const spec: ProblemKindSpec = PROBLEM_KINDS[kind];
  const body: Problem = { type: PROBLEM_TYPE_PREFIX + kind, title: spec.title, status: spec.status, detail };
  if (spec.errorCode !== undefined) body.errorCode = spec.errorCode;
  if (context.requestId !== undefined) body.requestId = context.requestId;
  if (context.errors !== undefined) body.errors = context.errors;
  return { status: PROBLEM_KINDS[kind].status, body };
}
