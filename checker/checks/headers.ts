/**
 * Header checks: x-requestId missing, empty or one character over the spec's maximum length is
 * rejected as an invalid request; the maximum itself is accepted and echoed.
 */
import type { Check, CheckContext } from "../context";
import { outcome } from "../context";
import { curlCommand } from "../curl";
import { REQUEST_ID_RULE } from "../../generated/contract";
import { responseProblems } from "../expect-response";
import { describePrescribed, prescribed } from "../prescribed";
import { requestIdOfLength } from "../http";
import { outcomeOf } from "../outcomes";
import type { OperationSpec } from "../spec";
import { validRequest } from "./requests";

/** The documented maximum length of x-requestId. */
export const MAX_REQUEST_ID = REQUEST_ID_RULE.maxLength;
const INVALID = prescribed("invalid-request");

interface HeaderCase {
  /** The last part of the check's id. */
  id: string;
  title: string;
  requestId: () => string | undefined;
  accepted: boolean;
}

const CASES: readonly HeaderCase[] = [
  { id: "x-requestid-missing", title: "x-requestId missing", requestId: () => undefined, accepted: false },
  { id: "x-requestid-empty", title: "x-requestId empty", requestId: () => "", accepted: false },
  {
    id: "x-requestid-over-max-length",
    title: `x-requestId of ${MAX_REQUEST_ID + 1} characters`,
    requestId: () => requestIdOfLength(MAX_REQUEST_ID + 1),
    accepted: false,
  },
  {
    id: "x-requestid-of-max-length",
    title: `x-requestId of ${MAX_REQUEST_ID} characters`,
    requestId: () => requestIdOfLength(MAX_REQUEST_ID),
    accepted: true,
  },
];

const FRESH_MAX_ID = `$(node -e 'console.log(crypto.randomUUID().padEnd(${MAX_REQUEST_ID}, "0"))')`;

export function headerChecks(context: CheckContext): Check[] {
  return context.spec.operations.flatMap((operation) =>
    CASES.map((c): Check => ({
      id: `header/${operation.operationId}/${c.id}`,
      name: `header ${operation.operationId} ${c.title}`,
      group: "header",
      expects: [outcomeOf(operation.operationId, c.accepted ? { status: 200 } : INVALID)],
      run: (ctx) => runHeader(ctx, operation, c),
    })),
  );
}

async function runHeader(context: CheckContext, operation: OperationSpec, c: HeaderCase) {
  const requestId = c.requestId();
  const request = validRequest(context, operation, requestId);
  const exchange = await context.send(request);
  const reproduce = curlCommand(context.options.baseUrl, request, c.accepted ? { requestIdWord: FRESH_MAX_ID } : {});
  if (c.accepted) {
    // The 200 body is the positive checks' concern; this one is about the header.
    const problems = responseProblems(context, operation, exchange, { status: 200, echo: requestId!, body: false });
    return outcome(problems, "accepted (200) and echoed", reproduce);
  }
  const problems = responseProblems(context, operation, exchange, INVALID);
  return outcome(problems, `rejected with ${describePrescribed(INVALID)}`, reproduce);
}
