/**
 * Replay checks: an x-requestId seen before gets 412 — the same operation twice, across
 * operations, and after a first request that was rejected (the spec remembers every well-formed
 * id whatever the outcome).
 */
import type { Check, CheckContext, CheckOutcome } from "../context";
import { outcome } from "../context";
import { curlCommand } from "../curl";
import { responseProblems } from "../expect-response";
import { freshRequestId, type OutgoingRequest } from "../http";
import { outcomeOf } from "../outcomes";
import { prescribed } from "../prescribed";
import type { OperationSpec } from "../spec";
import { validRequest } from "./requests";

export function replayChecks(context: CheckContext): Check[] {
  const ops = context.spec.operations;
  const replayed = (op: OperationSpec) => [outcomeOf(op.operationId, prescribed("replayed-request-id"))];
  const checks: Check[] = ops.map((op) => ({
    id: `replay/${op.operationId}/same-id-twice`,
    name: `replay ${op.operationId} same x-requestId twice`,
    group: "replay",
    expects: replayed(op),
    run: (ctx) => runReplay(ctx, op, (id) => validRequest(ctx, op, id)),
  }));
  ops.forEach((first, i) => {
    const second = ops[(i + 1) % ops.length]!;
    if (second === first) return;
    checks.push({
      id: `replay/${first.operationId}/then-${second.operationId}`,
      name: `replay ${first.operationId} then ${second.operationId}`,
      group: "replay",
      expects: replayed(second),
      run: (ctx) => runReplay(ctx, second, (id) => validRequest(ctx, first, id)),
    });
  });
  const [op] = ops;
  if (op) {
    const rejected = (id: string): OutgoingRequest => ({ ...validRequest(context, op, id), body: "{" });
    checks.push({
      id: `replay/${op.operationId}/after-rejected`,
      name: `replay ${op.operationId} after a rejected request`,
      group: "replay",
      expects: [outcomeOf(op.operationId, prescribed("invalid-request")), ...replayed(op)],
      run: (ctx) => runReplay(ctx, op, rejected),
    });
  }
  return checks;
}

/** Sends `first(id)`, then a valid request of `operation` with the same id: 412 expected. */
async function runReplay(
  context: CheckContext,
  operation: OperationSpec,
  first: (id: string) => OutgoingRequest,
): Promise<CheckOutcome> {
  const requestId = freshRequestId();
  const firstRequest = first(requestId);
  const firstExchange = await context.send(firstRequest);
  const again = validRequest(context, operation, requestId);
  const reproduce = [`ID=${"$(node -e 'console.log(crypto.randomUUID())')"}`, firstRequest, again]
    .map((r) => (typeof r === "string" ? r : curlCommand(context.options.baseUrl, r, { requestIdWord: "$ID" })))
    .join("\n");
  if (firstExchange.status === 412)
    return { passed: false, reason: "the first request with a new x-requestId already got 412", reproduce };
  const exchange = await context.send(again);
  const problems = responseProblems(context, operation, exchange, { status: 412, echo: requestId });
  return outcome(problems, `first ${firstExchange.status}, then 412 for the same x-requestId`, reproduce);
}
