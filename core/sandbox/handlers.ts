/**
 * The sandbox's handlers: the operations answered from the sandbox's cases, through the
 * pipeline's handler types and outcomes. The order follows the spec: no case 404, foreign case 403,
 * grant status "Ukendt" 409, else the case (no caller 403 is the pipeline's, before these run).
 */
import type { CaseBody, CaseOperationId, HandlerInput, Handlers, Outcome } from "../handler-types";
import { caseFactsOf, caseNotFound, grantStatusUnknown, mayReadCase, notAuthorized } from "../outcomes";
import type { CaseLookup, CaseSource } from "./case-bodies";

type CaseOutcome<O extends CaseOperationId> =
  | { status: 200; body: CaseBody<O> }
  | ReturnType<typeof caseNotFound | typeof notAuthorized | typeof grantStatusUnknown>;

export interface HandlerDeps {
  cases: CaseSource;
  /** The grant status code that means "Ukendt" (assumed 1; STAR publishes no list). */
  unknownGrantStatus: number;
  /** IsAlive's answer (default ALIVE_BODY); the server passes it stored, serialised once. */
  alive?: IsAliveBody;
}

export type IsAliveBody = Extract<Outcome<"IsAliveAsync">, { status: 200 }>["body"];

/** IsAlive's one answer: the service is alive. */
export const ALIVE_BODY: IsAliveBody = { isAliveResponseType: { isAlive: true } };

/** The handler of a case-reading operation. */
function caseReader<O extends CaseOperationId>(operationId: O, deps: HandlerDeps) {
  const cases = deps.cases[operationId] as CaseLookup<CaseBody<O>>;
  return async (input: HandlerInput<O>): Promise<CaseOutcome<O>> => {
    const id = input.caseElementIdentifier;
    const found = id === undefined ? undefined : await cases.get(id);
    if (found === undefined) return caseNotFound(input);
    if (!mayReadCase(input, found)) return notAuthorized(input);
    if (caseFactsOf(found).caseElementFlowState.jobAllocationStatusIdentifier === deps.unknownGrantStatus)
      return grantStatusUnknown(input);
    return { status: 200, body: found };
  };
}

/** The handlers of every operation of the spec. */
export function createHandlers(deps: HandlerDeps) {
  const alive: IsAliveBody = deps.alive ?? ALIVE_BODY;
  return {
    GetFlexjob: caseReader("GetFlexjob", deps),
    GetFlexjobAllocation: caseReader("GetFlexjobAllocation", deps),
    IsAliveAsync: async (): Promise<{ status: 200; body: IsAliveBody }> => ({ status: 200, body: alive }),
  } satisfies Handlers;
}
