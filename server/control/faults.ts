/**
 * Faults put through the admin listener (POST /faults): what a fault matches and what the
 * matching request gets instead of, or before, its answer. The shapes are spec/admin.yaml's.
 */
import type { OperationId } from "../routes";

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

/** Every field of `match` that is given equals the request's (case ids compared ignoring case). */
export function matches(match: FaultMatch, subject: FaultSubject): boolean {
  if (match.operationId !== undefined && match.operationId !== subject.operationId) return false;
  if (
    match.caseElementIdentifier !== undefined &&
    match.caseElementIdentifier.toLowerCase() !== subject.caseElementIdentifier?.toLowerCase()
  )
    return false;
  return match.organisationCode === undefined || match.organisationCode === subject.organisationCode;
}

/** The rule spec/admin.yaml states in prose: a dropped connection sends no status. */
export function faultResponseViolation(response: FaultResponse): string | undefined {
  if (response.connection !== undefined && (response.status !== undefined || response.errorCode !== undefined))
    return "has either connection or status/errorCode, not both";
  return undefined;
}
