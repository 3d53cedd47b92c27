/**
 * The service's three operations, one handler per operationId of the spec. Everything before and
 * after a handler is the pipeline's (createFlexjobApp in src/main.ts): the x-requestId rule (400,
 * and 412 for a reused id), the body validated against the spec (400 / 1014 naming each
 * violation), a caller in activeOrganisationHeader (403 / 4575 when there is none), the error
 * table's Problem bodies, and a 500 Problem for anything a handler throws.
 *
 * A handler gets the validated body and answers `{ status, body }` for a status the spec declares
 * for its operation; `satisfies Handlers` makes a missing operation, an undeclared status or a
 * wrong body a compile error. Until the two lookups below find cases, every case answers 404 / 80002.
 */
import {
  caseFactsOf,
  caseNotFound,
  grantStatusUnknown,
  mayReadCase,
  notAuthorized,
  type CaseBody,
  type CaseOperationId,
  type Handlers,
} from "flexjob-reference-server";

type Offer = CaseBody<"GetFlexjob">;
type Allocation = CaseBody<"GetFlexjobAllocation">;

/** Stand-ins for your system, by caseElementIdentifier (lower-case): empty, so no case is found. */
const offers = new Map<string, Offer>();
const allocations = new Map<string, Allocation>();

/**
 * YOUR LOOKUP GOES HERE: the offer (GetFlexjob's whole 200 body) with this caseElementIdentifier,
 * from your database, files or another service; undefined when there is none.
 */
async function findOffer(caseElementIdentifier: string): Promise<Offer | undefined> {
  return offers.get(caseElementIdentifier);
}

/** YOUR LOOKUP GOES HERE: the grant (GetFlexjobAllocation's whole 200 body), or undefined. */
async function findAllocation(caseElementIdentifier: string): Promise<Allocation | undefined> {
  return allocations.get(caseElementIdentifier);
}

/** The grant status code that means "Ukendt": STAR publishes no code list; the sandbox assumes 1. */
const UNKNOWN_GRANT_STATUS = 1;

function grantIsUnknown(body: CaseBody<CaseOperationId>): boolean {
  return caseFactsOf(body).caseElementFlowState.jobAllocationStatusIdentifier === UNKNOWN_GRANT_STATUS;
}

export const handlers = {
  GetFlexjob: async (input) => {
    // Lower-cased by the pipeline; undefined when the request names no case (its wrapper is optional).
    const id = input.caseElementIdentifier;
    const offer = id === undefined ? undefined : await findOffer(id);
    if (offer === undefined) return caseNotFound(input); // 404 / 80002
    if (!mayReadCase(input, offer)) return notAuthorized(input); // 403 / 4575: not the case's company or operator
    if (grantIsUnknown(offer)) return grantStatusUnknown(input); // 409 / 80003
    return { status: 200, body: offer };
  },

  GetFlexjobAllocation: async (input) => {
    const id = input.caseElementIdentifier;
    const allocation = id === undefined ? undefined : await findAllocation(id);
    if (allocation === undefined) return caseNotFound(input); // 404 / 80002
    if (!mayReadCase(input, allocation)) return notAuthorized(input); // 403 / 4575
    if (grantIsUnknown(allocation)) return grantStatusUnknown(input); // 409 / 80003
    return { status: 200, body: allocation };
  },

  // Needs no caller. Your health check goes here (can you reach your database?); a throw answers 500.
  IsAliveAsync: async () => ({ status: 200, body: { isAliveResponseType: { isAlive: true } } }),
} satisfies Handlers;
