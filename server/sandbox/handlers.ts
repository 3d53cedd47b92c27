/**
 * The operations' logic: each returns its outcome (status and body) and never touches Express.
 * Expected outcomes (not authorised, not found, status "Ukendt") are returned, not thrown.
 */
import { OPERATIONS, type CaseOperationId } from "../../generated/contract";
import type { CaseBody, CaseLookup, CaseSource } from "./case-book";
import { decideAccess, identifyCaller, type Access, type AccessRules, type CaseFacts } from "./case-access";
import type { HandlerInput, Handlers } from "../pipeline/handler-types";
import { problem, type Problem } from "../pipeline/problems";
import { serialiseChecked } from "../pipeline/serialised-bodies";

export interface HandlerDeps extends AccessRules {
  cases: CaseSource;
}

const DETAILS = {
  "no-caller": "The request names no organisation: activeOrganisationHeader is missing.",
  "not-authorized":
    "The calling organisation (activeOrganisationHeader) is not a party to this case: a party is a company (organisationTypeIdentifier 24) with the CVR of the case's company or of its external operator.",
  "case-not-found": "No case with this caseElementIdentifier for this operation.",
  "grant-status-unknown": "The case's grant is in status 'Ukendt'.",
} as const;

const ALIVE = serialiseChecked(OPERATIONS.IsAliveAsync.responseSchema, { isAliveResponseType: { isAlive: true } });

type CaseOutcome<O extends CaseOperationId> =
  { status: 200; body: CaseBody<O> } | { status: 403 | 404 | 409; body: Problem };

/** What a validated request of a case-reading operation carries: the case id inside the request wrapper. */
type CaseRequest = Record<string, { caseElementIdentifier?: string } | undefined> & {
  activeOrganisationHeader?: { organisationCode?: string; organisationTypeIdentifier?: number };
};

/** The handler of a case-reading operation: the case id and the case facts sit in the operation's wrappers. */
function caseReader<O extends CaseOperationId>(operationId: O, deps: HandlerDeps) {
  const cases = deps.cases[operationId] as CaseLookup<CaseBody<O>>;
  const { requestWrapper, responseWrapper } = OPERATIONS[operationId].case;
  return async (input: HandlerInput<O>): Promise<CaseOutcome<O>> => {
    // The request validator has checked the body against the operation's request schema.
    const request = input.body as CaseRequest;
    const id = request[requestWrapper]?.caseElementIdentifier?.toLowerCase();
    const found = id === undefined ? undefined : await cases.get(id);
    const caller = identifyCaller(deps.auth, request.activeOrganisationHeader?.organisationCode, input.certificate);
    if ("refused" in caller) return problem("not-authorized", caller.refused, { requestId: input.requestId });
    // Case files are validated against the 200 schema, whose wrapper holds the case facts.
    const facts = found && (found as Record<string, CaseFacts>)[responseWrapper];
    // With a certificate, the certificate's organisation (a company) is the caller, whatever the header's type.
    const callerType =
      deps.auth === "certificate" ? undefined : request.activeOrganisationHeader?.organisationTypeIdentifier;
    const access = decideAccess(facts, caller.cvr, deps, callerType);
    if (access === "ok") return { status: 200, body: found! };
    return problem(access, refusalDetail(access, caller.cvr, deps), { requestId: input.requestId });
  };
}

function refusalDetail(access: Exclude<Access, "ok">, cvr: string | undefined, rules: AccessRules): string {
  if (access !== "not-authorized") return DETAILS[access];
  if (cvr === undefined) return DETAILS["no-caller"];
  if (rules.auth !== "certificate") return DETAILS["not-authorized"];
  return `The calling organisation (CVR ${cvr}, from the client certificate) is not a party to this case: neither its company nor its external operator.`;
}

/** The handlers of every operation of the spec. */
export function createHandlers(deps: HandlerDeps) {
  return {
    GetFlexjob: caseReader("GetFlexjob", deps),
    GetFlexjobAllocation: caseReader("GetFlexjobAllocation", deps),
    // Needs no caller identity.
    IsAliveAsync: async () => ({ status: 200, body: ALIVE }),
  } satisfies Handlers;
}
