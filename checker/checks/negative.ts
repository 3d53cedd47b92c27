/**
 * Negative checks: for each operation and kind of invalidity, --runs requests generated from the
 * spec with fast-check (--seed). Each must get the status the error table prescribes (a documented
 * 4xx: never 2xx, never 5xx), a body valid against the spec and the echoed x-requestId. The first
 * failing request is shrunk to a smallest failing one and given as a curl command.
 */
import * as fc from "fast-check";
import type { Check, CheckContext, CheckOutcome } from "../context";
import { curlCommand } from "../curl";
import { responseProblems } from "../expect-response";
import { freshRequestId, RequestFailed, type OutgoingRequest } from "../http";
import { bodyText, type KindInput, type NegativeCase, type NegativeKind } from "../negative/negative-case";
import { SCHEMA_KINDS } from "../negative/schema-kinds";
import { sitesOf } from "../negative/sites";
import { WIRE_KINDS } from "../negative/wire-kinds";
import { validRequestBody } from "../request-bodies";
import { outcomeOf } from "../outcomes";
import type { OperationSpec } from "../spec";
import { firstCaseOf } from "./cases";

export const NEGATIVE_KINDS: readonly NegativeKind[] = [...SCHEMA_KINDS, ...WIRE_KINDS];

/** What the generators of one operation start from. */
export function kindInput(context: CheckContext, operation: OperationSpec): KindInput {
  const body = validRequestBody(context, operation, firstCaseOf(context, operation));
  const validate = context.schemas.request(operation);
  return {
    body,
    sites: sitesOf(context.spec.document, operation.requestSchema, body),
    breaksSchema: (value) => validate(JSON.parse(JSON.stringify(value))).length > 0,
  };
}

export function negativeChecks(context: CheckContext): Check[] {
  return context.spec.operations.flatMap((operation) => {
    const input = kindInput(context, operation);
    return NEGATIVE_KINDS.flatMap((kind): Check[] => {
      const arbitrary = kind.arbitrary(input);
      if (!arbitrary) return [];
      return [
        {
          id: `negative/${operation.operationId}/${kind.id}`,
          name: `negative ${operation.operationId} ${kind.title}`,
          group: "negative",
          expects: [outcomeOf(operation.operationId, kind)],
          run: (ctx) => runNegative(ctx, operation, kind, arbitrary),
        },
      ];
    });
  });
}

interface Failure {
  kase: NegativeCase;
  request: OutgoingRequest;
  problems: string[];
  /** The request got no HTTP answer (refused, reset, timed out). */
  unanswered?: boolean;
}

async function runNegative(
  context: CheckContext,
  operation: OperationSpec,
  kind: NegativeKind,
  arbitrary: fc.Arbitrary<NegativeCase>,
): Promise<CheckOutcome> {
  const { seed, runs } = context.options;
  // The last failure seen is the shrunk counterexample: shrinking stops at the last failing case.
  let last: Failure | undefined;
  // Once a request gets no answer at all, shrinking would only wait for more timeouts: the rest fail at once.
  let unanswered: Failure | undefined;
  const property = fc.asyncProperty(arbitrary, async (kase) => {
    if (unanswered) return false;
    const failure = await judge(context, operation, kind, kase);
    if (failure?.unanswered) unanswered = failure;
    if (failure) last = failure;
    return failure === undefined;
  });
  const numRuns = Math.min(runs, kind.maxRuns ?? runs);
  const details = await fc.check(property, { seed, numRuns });
  if (!details.failed)
    return { passed: true, reason: `${details.numRuns} generated requests, each answered ${kind.status}` };
  const shown = unanswered ?? last;
  if (!shown)
    return {
      passed: false,
      reason: `could not generate requests (seed ${seed}): ${details.errorInstance === undefined ? "too many skipped" : describe(details.errorInstance)}`,
    };
  const shrunk = unanswered ? "not shrunk" : `shrunk in ${details.numShrinks} steps`;
  const padding = shown.kase.payload.padding;
  return {
    passed: false,
    reason: `${shown.kase.description}: ${shown.problems.join("; ")} (seed ${seed}, ${shrunk})`,
    reproduce: curlCommand(context.options.baseUrl, shown.request, padding ? { padding } : {}),
    shows: [shown.request],
  };
}

async function judge(
  context: CheckContext,
  operation: OperationSpec,
  kind: NegativeKind,
  kase: NegativeCase,
): Promise<Failure | undefined> {
  const requestId = freshRequestId();
  const { contentType } = kase.payload;
  const request = {
    method: operation.method,
    path: operation.path,
    requestId,
    contentType,
    body: bodyText(kase.payload),
  };
  try {
    const exchange = await context.send(request);
    const want = {
      status: kind.status,
      echo: requestId,
      ...(kind.errorCode === undefined ? {} : { errorCode: kind.errorCode }),
    };
    const problems = responseProblems(context, operation, exchange, want);
    return problems.length === 0 ? undefined : { kase, request, problems };
  } catch (error) {
    if (!(error instanceof RequestFailed)) throw error;
    return { kase, request, problems: [error.message], unanswered: true };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : JSON.stringify(error);
}
