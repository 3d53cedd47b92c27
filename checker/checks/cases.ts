/** Which cases each operation is checked with: the operations that read a case id, and their cases. */
import { CASE_OPERATIONS, type CaseOperationId } from "../../generated/contract";
import type { CheckContext } from "../context";
import { CASE_OPTIONS } from "../check-options";
import type { OperationSpec } from "../spec";

function isCaseOperation(operationId: string): operationId is CaseOperationId {
  return (CASE_OPERATIONS as readonly string[]).includes(operationId);
}

/** The cases an operation answers with 200, [] for an operation that reads no case. */
export function casesOf(context: CheckContext, operation: OperationSpec): string[] {
  return isCaseOperation(operation.operationId) ? context.options[CASE_OPTIONS[operation.operationId]] : [];
}

export function firstCaseOf(context: CheckContext, operation: OperationSpec): string | undefined {
  return casesOf(context, operation)[0];
}

/** Whether the operation reads a case (and so answers case-not-found for an unknown one). */
export function readsCase(_context: CheckContext, operation: OperationSpec): boolean {
  return isCaseOperation(operation.operationId);
}
