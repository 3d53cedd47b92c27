/**
 * Injected checks (with --admin-url only): every documented error outcome that no other check sets
 * out to provoke (the internal error a healthy server never gives; a 403 of an operation that reads
 * no case) is made to happen through the reference server's admin listener. A fault for exactly
 * one request, matched by a case id or caller the checker makes up, then that request: its answer
 * must be the outcome's status and errorCode, with a valid Problem body and the echoed x-requestId.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { adminCall } from "../admin-listener";
import type { Check, CheckContext } from "../context";
import { outcome } from "../context";
import { curlCommand, shellQuote } from "../curl";
import { responseProblems } from "../expect-response";
import { freshRequestId } from "../http";
import { describeOutcome, DOCUMENTED, sameOutcome, type Outcome } from "../outcomes";
import { operationById, type OperationSpec } from "../spec";
import { readsCase } from "./cases";
import { validRequest } from "./requests";

export function injectedChecks(context: CheckContext, others: readonly Check[]): Check[] {
  if (context.options.adminUrl === undefined) return [];
  const expected = others.flatMap((check) => check.expects);
  return DOCUMENTED.filter((o) => o.status >= 400 && !expected.some((e) => sameOutcome(e, o))).map((want) => ({
    id: `injected/${want.operationId}/${want.status}`,
    name: `injected ${describeOutcome(want)}`,
    group: "injected",
    expects: [want],
    run: (ctx) => runInjected(ctx, operationById(ctx.spec, want.operationId), want),
  }));
}

/** An organisationCode no real caller has (1 to 20 characters), so that the fault meets only this request. */
function madeUpCaller(): string {
  return `checker-${[...randomBytes(12)].map((b) => String.fromCharCode(97 + (b % 26))).join("")}`;
}

async function runInjected(context: CheckContext, operation: OperationSpec, want: Outcome) {
  const adminUrl = context.options.adminUrl!;
  const reads = readsCase(context, operation);
  const caseId = randomUUID();
  const organisation = reads ? context.options.organisation : madeUpCaller();
  const fault = {
    match: {
      operationId: operation.operationId,
      organisationCode: organisation,
      ...(reads ? { caseElementIdentifier: caseId } : {}),
    },
    response: { status: want.status, ...(want.errorCode === null ? {} : { errorCode: want.errorCode }) },
    times: 1,
  };
  await adminCall(adminUrl, "POST", "/faults", fault, [201]);
  const requestId = freshRequestId();
  const caller = reads ? context : { ...context, options: { ...context.options, organisation } };
  const request = validRequest(caller, operation, requestId, reads ? caseId : undefined);
  const exchange = await context.send(request);
  const expectation = { status: want.status, ...(want.errorCode === null ? {} : { errorCode: want.errorCode }) };
  const problems = responseProblems(context, operation, exchange, { ...expectation, echo: requestId });
  const putFault = `curl -s -X POST ${shellQuote(`${adminUrl}/faults`)} -H 'content-type: application/json' --data-binary ${shellQuote(JSON.stringify(fault))}`;
  return outcome(
    problems,
    "injected through --admin-url, answered so: a valid Problem, x-requestId echoed",
    [putFault, curlCommand(context.options.baseUrl, request)].join("\n"),
  );
}
