/**
 * Case files against the spec: a case file is the 200 body of an operation that reads a case, and
 * its wrapper key (the operation's response wrapper) says which operation serves it. Checked with
 * the precompiled validators (every violation, full format checks).
 */
import { CASE_OPERATIONS, OPERATIONS, type CaseOperationId, type Violation } from "../../generated/contract";
import { violationsOf } from "../../generated/validators";

export type CaseOperation = CaseOperationId;

/** The wrapper key of each case-reading operation's 200 body. */
export const WRAPPER_KEYS = Object.fromEntries(
  CASE_OPERATIONS.map((operationId) => [operationId, OPERATIONS[operationId].case.responseWrapper]),
) as { [O in CaseOperation]: (typeof OPERATIONS)[O]["case"]["responseWrapper"] };

/** The operation whose response wrapper `body` carries, if any. */
export function caseOperationOf(body: unknown): CaseOperation | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  return CASE_OPERATIONS.find((operationId) => WRAPPER_KEYS[operationId] in body);
}

/** Every way `body` breaks the spec's response schema of `operation` ([] when it is valid). */
export function caseViolations(operation: CaseOperation, body: unknown): Violation[] {
  return violationsOf(OPERATIONS[operation].responseSchema, body);
}

/** What a case file must look like, for the error naming a file that is none. */
export function caseFileRule(): string {
  return CASE_OPERATIONS.map((o) => `a ${OPERATIONS[o].responseSchema} { "${WRAPPER_KEYS[o]}": ... }`).join(" or ");
}
