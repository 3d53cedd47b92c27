/** Requests the checks send, built once per call so each carries the x-requestId given. */
import type { CheckContext } from "../context";
import type { OutgoingRequest } from "../http";
import { validRequestBody } from "../request-bodies";
import type { OperationSpec } from "../spec";
import { firstCaseOf } from "./cases";

/** A valid request of the operation (for `caseId`, else its first 200 case). */
export function validRequest(
  context: CheckContext,
  operation: OperationSpec,
  requestId: string | undefined,
  caseId: string | undefined = firstCaseOf(context, operation),
): OutgoingRequest {
  const body = JSON.stringify(validRequestBody(context, operation, caseId));
  return {
    method: operation.method,
    path: operation.path,
    contentType: "application/json",
    body,
    ...(requestId === undefined ? {} : { requestId }),
  };
}
