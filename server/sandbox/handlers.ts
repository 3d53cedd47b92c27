/**
 * The sandbox's handlers: the operations answered from the sandbox's cases, through the
 * pipeline's handler types and outcomes. The order follows the spec: no case 404, foreign case 403,
 * grant status "Ukendt" 409, else the case (no caller 403 is the pipeline's, before these run).
 */
import { OPERATIONS } from "../../generated/contract";
import {
  caseFactsOf,
  caseNotFound,
  grantStatusUnknown,
  mayReadCase,
  notAuthorized,
  serialiseChecked,
  type CaseBody,
  type CaseOperationId,
  type HandlerInput,
  type Handlers,
} from "../pipeline";
import type { CaseLookup, CaseSource } from "./case-book";

type CaseOutcome<O extends CaseOperationId> =
  | { status: 200; body: CaseBody<O> }
  | ReturnType<typeof caseNotFound | typeof notAuthorized | typeof grantStatusUnknown>;

export interface HandlerDeps {
  cases: CaseSource;
  /** The grant status code that means "Ukendt" (assumed 1; STAR publishes no list). */
  unknownGrantStatus: number;
}

const ALIVE = serialiseChecked(OPERATIONS.IsAliveAsync.responseSchema, { isAliveResponseType: { isAlive: true } });

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
  return {
    GetFlexjob: caseReader("GetFlexjob", deps),
    GetFlexjobAllocation: caseReader("GetFlexjobAllocation", deps),
    IsAliveAsync: async () => ({ status: 200, body: ALIVE }),
  } satisfies Handlers;
}
