/** Not-found checks: a case the operation does not know gets the error table's case-not-found. */
import type { Check, CheckContext } from "../context";
import { outcome } from "../context";
import { curlCommand } from "../curl";
import { responseProblems } from "../expect-response";
import { describePrescribed, prescribed } from "../prescribed";
import { freshRequestId } from "../http";
import { outcomeOf } from "../outcomes";
import type { OperationSpec } from "../spec";
import { readsCase } from "./cases";
import { validRequest } from "./requests";

export function notFoundChecks(context: CheckContext): Check[] {
  return context.spec.operations
    .filter((operation) => readsCase(context, operation))
    .map((operation) => ({
      id: `not-found/${operation.operationId}/unknown-case`,
      name: `not-found ${operation.operationId} unknown case`,
      group: "not-found",
      expects: [outcomeOf(operation.operationId, prescribed("case-not-found"))],
      run: (ctx) => runNotFound(ctx, operation),
    }));
}

async function runNotFound(context: CheckContext, operation: OperationSpec) {
  const requestId = freshRequestId();
  const request = validRequest(context, operation, requestId, context.options.missingCase);
  const exchange = await context.send(request);
  const want = prescribed("case-not-found");
  const problems = responseProblems(context, operation, exchange, { ...want, echo: requestId });
  return outcome(
    problems,
    `${describePrescribed(want)} for case ${context.options.missingCase}`,
    curlCommand(context.options.baseUrl, request),
  );
}
