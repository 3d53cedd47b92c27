/**
 * Faults put through the admin listener (POST /faults): what a fault matches and what the
 * matching request gets instead of, or before, its answer. The shapes are spec/admin.yaml's.
 */
import type { OperationId } from "../../generated/contract";
import { withoutCpr } from "../cpr-shaped";

export interface FaultMatch {
  operationId?: OperationId;
  caseElementIdentifier?: string;
  organisationCode?: string;
}

export interface FaultResponse {
  status?: number;
  errorCode?: number;
  delayMs?: number;
  connection?: "reset" | "hang";
}

export interface Fault {
  id: string;
  match: FaultMatch;
  response: FaultResponse;
  /** Uses left; null: until removed. */
  remaining: number | null;
}

/** What a request offers to the matching: facts of a body that passed validation. */
export interface FaultSubject {
  operationId: OperationId;
  caseElementIdentifier?: string | undefined;
  organisationCode?: string | undefined;
}

/**
 * Faults are kept in buckets, one per combination of the fields their match gives: a fault
 * matches a request exactly when its bucket is one of the request's (every field of the match
 * that is given equals the request's; case ids compared ignoring case). A request has at most
 * eight buckets, so finding its faults costs the same however many faults wait for other
 * operations, cases or callers.
 */
export function bucketOf(match: FaultMatch): string {
  return JSON.stringify([
    match.operationId ?? null,
    match.caseElementIdentifier?.toLowerCase() ?? null,
    match.organisationCode ?? null,
  ]);
}

/** The buckets whose faults match `subject`. */
export function bucketsFor(subject: FaultSubject): string[] {
  const buckets: string[] = [];
  for (const operationId of [subject.operationId, undefined])
    for (const caseElementIdentifier of orAny(subject.caseElementIdentifier))
      for (const organisationCode of orAny(subject.organisationCode))
        buckets.push(bucketOf({ operationId, caseElementIdentifier, organisationCode }));
  return buckets;
}

function orAny(value: string | undefined): (string | undefined)[] {
  return value === undefined ? [undefined] : [value, undefined];
}

/** The rule spec/admin.yaml states in prose: a dropped connection sends no status. */
export function faultResponseViolation(response: FaultResponse): string | undefined {
  if (response.connection !== undefined && (response.status !== undefined || response.errorCode !== undefined))
    return "has either connection or status/errorCode, not both";
  return undefined;
}

/** A fault as the sandbox shows it: an organisationCode shaped like a CPR number withheld, as in the journal. */
export function shownFault(fault: Fault): Fault {
  const { organisationCode } = fault.match;
  if (organisationCode === undefined) return fault;
  return { ...fault, match: { ...fault.match, organisationCode: withoutCpr(organisationCode)! } };
}
