/**
 * Positive checks: each operation, with a valid body and a case it knows, answers 200 with a body
 * that validates against the spec's schema for 200 and its content type, for the case asked for,
 * and echoes the x-requestId.
 */
import type { Check, CheckContext } from "../context";
import { outcome } from "../context";
import { curlCommand } from "../curl";
import { responseProblems } from "../expect-response";
import { freshRequestId, jsonOf } from "../http";
import { outcomeOf } from "../outcomes";
import type { OperationSpec } from "../spec";
import { casesOf } from "./cases";
import { validRequest } from "./requests";

export function positiveChecks(context: CheckContext): Check[] {
  return context.spec.operations.flatMap((operation) => {
    const cases = casesOf(context, operation);
    const targets = cases.length === 0 ? [undefined] : cases;
    return targets.map((caseId): Check => ({
      id: `positive/${operation.operationId}${caseId === undefined ? "" : `/${caseId}`}`,
      name: `positive ${operation.operationId}${caseId === undefined ? "" : ` ${caseId}`}`,
      group: "positive",
      expects: [outcomeOf(operation.operationId, { status: 200 })],
      run: (ctx) => runPositive(ctx, operation, caseId),
    }));
  });
}

async function runPositive(context: CheckContext, operation: OperationSpec, caseId: string | undefined) {
  const requestId = freshRequestId();
  const request = validRequest(context, operation, requestId, caseId);
  const exchange = await context.send(request);
  const problems = responseProblems(context, operation, exchange, { status: 200, echo: requestId });
  if (problems.length === 0 && caseId !== undefined) problems.push(...caseProblems(jsonOf(exchange), caseId));
  const hint =
    exchange.status === 404 || exchange.status === 403
      ? ` (does case ${caseId} exist for organisation ${context.options.organisation}?)`
      : "";
  return outcome(
    problems.map((p, i) => (i === 0 ? p + hint : p)),
    `200, body valid against the spec, x-requestId echoed`,
    curlCommand(context.options.baseUrl, request),
  );
}

/** The response is for the case asked for: its one wrapper element carries that caseElementIdentifier. */
function caseProblems(body: unknown, caseId: string): string[] {
  const wrapped = Object.values((body ?? {}) as Record<string, { caseElementIdentifier?: unknown }>)[0];
  const got = wrapped?.caseElementIdentifier;
  return got === caseId ? [] : [`the body is for case ${JSON.stringify(got)}, not ${caseId}`];
}
