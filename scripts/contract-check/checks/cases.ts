/** Which cases each operation is checked with: the operations that read a case id, and their cases. */
import type { CheckContext } from "../context";
import type { OperationSpec } from "../spec";

/** The cases an operation answers with 200, [] for an operation that reads no case. */
export function casesOf(context: CheckContext, operation: OperationSpec): string[] {
  switch (operation.operationId) {
    case "GetFlexjob":
      return context.options.offerCases;
    case "GetFlexjobAllocation":
      return context.options.allocationCases;
    default:
      return [];
  }
}

export function firstCaseOf(context: CheckContext, operation: OperationSpec): string | undefined {
  return casesOf(context, operation)[0];
}

/** Whether the operation reads a case (and so answers 404 / 80002 for an unknown one). */
export function readsCase(context: CheckContext, operation: OperationSpec): boolean {
  return casesOf(context, operation).length > 0;
}
