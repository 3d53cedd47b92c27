/**
 * The operations' logic: each returns its outcome (status and body) and never touches Express.
 * Expected outcomes (not authorised, not found, status "Ukendt") are returned, not thrown.
 */
import type { CaseBook } from "./case-book";
import { encodeOnce } from "./encoded-bodies";
import { decideAccess, type AccessRules, type CaseFacts } from "./case-access";
import type { HandlerInput, Handlers } from "./handler-types";
import { problem, type Problem } from "./problems";

export interface HandlerDeps extends AccessRules {
  cases: CaseBook;
}

const DETAILS = {
  "no-caller": "The request names no organisation: activeOrganisationHeader is missing.",
  "not-authorized":
    "The calling organisation (activeOrganisationHeader) is not a party to this case: a party is a company (organisationTypeIdentifier 24) with the CVR of the case's company or of its external operator.",
  "case-not-found": "No case with this caseElementIdentifier for this operation.",
  "grant-status-unknown": "The case's grant is in status 'Ukendt'.",
} as const;

const ALIVE = encodeOnce({ isAliveResponseType: { isAlive: true } });

type CaseOutcome<B> = { status: 200; body: B } | { status: 403 | 404 | 409; body: Problem };

function readCase<B>(
  cases: ReadonlyMap<string, B>,
  facts: (body: B) => CaseFacts,
  input: HandlerInput<"GetFlexjob" | "GetFlexjobAllocation">,
  rules: AccessRules,
): CaseOutcome<B> {
  const id = input.body.getCaseElementRequestType?.caseElementIdentifier?.toLowerCase();
  const found = id === undefined ? undefined : cases.get(id);
  const caller = input.body.activeOrganisationHeader;
  const access = decideAccess(found && facts(found), caller, rules);
  if (access === "ok") return { status: 200, body: found! };
  const detail = access === "not-authorized" && caller === undefined ? DETAILS["no-caller"] : DETAILS[access];
  return problem(access, detail, { requestId: input.requestId });
}

/** The handlers of every operation of the spec. */
export function createHandlers(deps: HandlerDeps) {
  return {
    GetFlexjob: async (input) => readCase(deps.cases.GetFlexjob, (b) => b.flexjobRequestResponseType, input, deps),
    GetFlexjobAllocation: async (input) =>
      readCase(deps.cases.GetFlexjobAllocation, (b) => b.flexjobAllocationResponseType, input, deps),
    // Needs no caller identity.
    IsAliveAsync: async () => ({ status: 200, body: ALIVE }),
  } satisfies Handlers;
}
