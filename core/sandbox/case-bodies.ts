/**
 * What a case is: one complete 200 body of an operation that reads a case, found by its operation
 * and lowercased caseElementIdentifier. Where the case bodies are looked up (the start-up book or
 * run-time cases over it), and what makes a body a case.
 */
import type { Violation } from "../../generated/contract";
import type { operations } from "../../generated/flexjob";
import { caseFileRule, caseOperationOf, caseViolations, WRAPPER_KEYS, type CaseOperation } from "./fixture-schemas";

/** The 200 body of a case-reading operation: what a case file holds. */
export type CaseBody<O extends CaseOperation> = operations[O]["responses"][200]["content"]["application/json"];

export type CaseBook = { [O in CaseOperation]: ReadonlyMap<string, CaseBody<O>> };

/** Where the handlers look a case up (by lowercased id): a CaseBook, or one with run-time cases over it. */
export type CaseSource = { [O in CaseOperation]: CaseLookup<CaseBody<O>> };

export interface CaseLookup<B> {
  get(id: string): B | undefined | Promise<B | undefined>;
}

/**
 * The operation and lowercased caseElementIdentifier of a case body (a case file's content), or
 * every way it breaks the rules of a case file.
 */
export function caseOf(body: unknown): { operation: CaseOperation; id: string } | Violation[] {
  const operation = caseOperationOf(body);
  if (!operation) {
    return [{ pointer: "", rule: "case wrapper", message: `must be ${caseFileRule()}` }];
  }
  const violations = caseViolations(operation, body);
  if (violations.length > 0) return violations;
  // Valid against the response schema, so the wrapper holds a uuid caseElementIdentifier.
  const inner = (body as Record<string, { caseElementIdentifier: string }>)[WRAPPER_KEYS[operation]];
  return { operation, id: inner!.caseElementIdentifier.toLowerCase() };
}
