/**
 * Documented outcomes: an operation answering one of its declared statuses, with the errorCode
 * the error table gives it. The list is the generated contract's (DOCUMENTED_OUTCOMES); an answer
 * is matched to it by the request's path and method, its status and the errorCode of its body.
 */
import { DOCUMENTED_OUTCOMES, OPERATIONS, type OperationId } from "../generated/contract";
import { jsonOf, type Exchange } from "./http";

export interface Outcome {
  operationId: OperationId;
  status: number;
  /** Problem.errorCode; null for an answer that carries none (a success, or an error without a STAR code). */
  errorCode: number | null;
}

/** Every documented outcome, in the spec's order. */
export const DOCUMENTED: readonly Outcome[] = DOCUMENTED_OUTCOMES.map(({ operationId, status, errorCode }) => ({
  operationId,
  status,
  errorCode,
}));

/** "GetFlexjob 404 (80002)", "IsAliveAsync 200". */
export function describeOutcome({ operationId, status, errorCode }: Outcome): string {
  return `${operationId} ${status}${errorCode === null ? "" : ` (${errorCode})`}`;
}

export function sameOutcome(a: Outcome, b: Outcome): boolean {
  return a.operationId === b.operationId && a.status === b.status && a.errorCode === b.errorCode;
}

/** The outcome the error table prescribes for an operation: the status and its errorCode, if any. */
export function outcomeOf(
  operationId: OperationId,
  { status, errorCode }: { status: number; errorCode?: number },
): Outcome {
  return { operationId, status, errorCode: errorCode ?? null };
}

/** The documented outcome an answer shows, or undefined when the contract documents no such answer. */
export function reachedBy(exchange: Exchange): Outcome | undefined {
  const operation = Object.values(OPERATIONS).find(
    (o) => o.path === exchange.request.path && o.method === exchange.request.method,
  );
  if (operation === undefined) return undefined;
  const code = exchange.status >= 400 ? (jsonOf(exchange) as { errorCode?: unknown } | undefined)?.errorCode : null;
  const seen = {
    operationId: operation.operationId,
    status: exchange.status,
    errorCode: typeof code === "number" ? code : null,
  };
  return DOCUMENTED.find((documented) => sameOutcome(documented, seen));
}
