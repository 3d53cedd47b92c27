/**
 * Method checks: GET on an operation's path gets 405, an `Allow` header naming the operation's
 * method, and the spec's Problem as application/problem+json (the error table's 405 row).
 */
import type { Check, CheckContext } from "../context";
import { outcome } from "../context";
import { curlCommand } from "../curl";
import { echoProblems } from "../expect-response";
import { freshRequestId, jsonOf, mediaTypeOf, type Exchange } from "../http";
import { formatViolation } from "../schemas";
import type { OperationSpec } from "../spec";

const PROBLEM_TYPE = "application/problem+json";

export function methodChecks(context: CheckContext): Check[] {
  return context.spec.operations
    .filter((operation) => operation.method !== "GET")
    .map((operation) => ({
      id: `method/${operation.operationId}/get`,
      name: `method ${operation.operationId} GET`,
      group: "method",
      // 405 is in the error table, but no operation declares it: no documented outcome.
      expects: [],
      run: (ctx) => runMethod(ctx, operation),
    }));
}

async function runMethod(context: CheckContext, operation: OperationSpec) {
  const requestId = freshRequestId();
  const request = { method: "GET", path: operation.path, requestId };
  const exchange = await context.send(request);
  const problems: string[] = [];
  if (exchange.status !== 405) problems.push(`status ${exchange.status} (expected 405)`);
  const allow = exchange.headers.get("allow");
  const allowed = (allow ?? "").split(",").map((m) => m.trim().toUpperCase());
  if (!allowed.includes(operation.method))
    problems.push(
      allow === null ? "no Allow header" : `Allow is ${JSON.stringify(allow)}, without ${operation.method}`,
    );
  if (exchange.status === 405) problems.push(...problemBody(context, exchange));
  problems.push(...echoProblems(exchange, requestId));
  return outcome(problems, `405, Allow: ${allow ?? ""}`, curlCommand(context.options.baseUrl, request));
}

function problemBody(context: CheckContext, exchange: Exchange): string[] {
  const media = mediaTypeOf(exchange);
  if (media !== PROBLEM_TYPE) return [`content-type ${media ?? "(none)"} (expected ${PROBLEM_TYPE})`];
  const violations = context.schemas.named("Problem")(jsonOf(exchange));
  if (violations.length === 0) return [];
  return [`the 405 body breaks Problem: ${violations.map(formatViolation).join(", ")}`];
}
