/**
 * What a response must be, as a list of problems (empty: it conforms): the expected status, a
 * documented status, a body that validates against the spec's schema for that status and media
 * type (violations with JSON pointer and rule), the expected errorCode, the echoed x-requestId.
 */
import type { CheckContext } from "./context";
import { jsonOf, mediaTypeOf, type Exchange } from "./http";
import { formatViolation } from "./schemas";
import { documentedKey, refName, type OperationSpec } from "./spec";

export interface Expectation {
  /** The status the contract prescribes here; a list when more than one conforms. */
  status: number | readonly number[];
  /** Problem.errorCode the error table prescribes for this case. */
  errorCode?: number;
  /** The x-requestId sent, which the response must echo. */
  echo?: string;
  /** Validate the body against the spec (default true); off where another check owns the body. */
  body?: boolean;
}

const MAX_LISTED = 5;

export function responseProblems(
  context: CheckContext,
  operation: OperationSpec,
  exchange: Exchange,
  want: Expectation,
): string[] {
  const statuses = typeof want.status === "number" ? [want.status] : want.status;
  const problems: string[] = [];
  if (!statuses.includes(exchange.status)) problems.push(statusProblem(operation, exchange.status, statuses));
  if (want.body !== false) problems.push(...bodyProblems(context, operation, exchange));
  if (want.errorCode !== undefined && problems.length === 0) {
    const got = (jsonOf(exchange) as { errorCode?: unknown } | undefined)?.errorCode;
    if (got !== want.errorCode) problems.push(`errorCode ${JSON.stringify(got)} (expected ${want.errorCode})`);
  }
  if (want.echo !== undefined) problems.push(...echoProblems(exchange, want.echo));
  return problems;
}

export function statusProblem(operation: OperationSpec, status: number, expected: readonly number[]): string {
  const undocumented =
    documentedKey(operation, status) === undefined ? `, a status ${operation.operationId} does not document` : "";
  return `status ${status}${undocumented} (expected ${expected.join(" or ")})`;
}

/** The body against the schema the spec gives for the response's status and media type. */
export function bodyProblems(context: CheckContext, operation: OperationSpec, exchange: Exchange): string[] {
  const key = documentedKey(operation, exchange.status);
  if (key === undefined) return [];
  const documented = Object.keys(operation.responses[key] ?? {});
  if (documented.length === 0) return [];
  const media = mediaTypeOf(exchange);
  if (media === undefined || !documented.includes(media)) {
    return [
      `content-type ${media ?? "(none)"} is not documented for ${exchange.status} (documented: ${documented.join(", ")})`,
    ];
  }
  const validate = context.schemas.response(operation, key, media);
  if (!validate) return [];
  const body = jsonOf(exchange);
  if (body === undefined) return [`the ${exchange.status} body is not JSON although its content-type is ${media}`];
  const violations = validate(body).map(formatViolation);
  if (violations.length === 0) return [];
  const more = violations.length > MAX_LISTED ? ` and ${violations.length - MAX_LISTED} more` : "";
  return [
    `the ${exchange.status} body breaks ${schemaName(operation, key, media)}: ${violations.slice(0, MAX_LISTED).join(", ")}${more}`,
  ];
}

export function echoProblems(exchange: Exchange, sent: string): string[] {
  const echoed = exchange.headers.get("x-requestId");
  if (echoed === sent) return [];
  return [
    echoed === null
      ? "x-requestId is not echoed"
      : `x-requestId echoed as ${JSON.stringify(echoed)} (sent ${JSON.stringify(sent)})`,
  ];
}

function schemaName(operation: OperationSpec, key: string, media: string): string {
  const ref = operation.responses[key]?.[media]?.$ref;
  return typeof ref === "string" ? refName(ref) : `the ${key} ${media} schema`;
}
