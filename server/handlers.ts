/**
 * The operations' logic: each returns its outcome (status and body) and never touches Express.
 * Expected outcomes (not authorised, not found, status "Ukendt") are returned, not thrown.
 */
import type { CaseLookup, CaseSource } from "./case-book";
import { decideAccess, type AccessRules, type CaseFacts } from "./case-access";
import type { HandlerInput, Handlers } from "./handler-types";
import { problem, type Problem } from "./problems";

export interface HandlerDeps extends AccessRules {
  cases: CaseSource;
}

const DETAILS = {
  "no-caller": "The request names no organisation: activeOrganisationHeader is missing.",
  "not-authorized":
    "The calling organisation (activeOrganisationHeader.organisationCode) is not a party to this case: neither its company nor its external operator.",
  "case-not-found": "No case with this caseElementIdentifier for this operation.",
  "grant-status-unknown": "The case's grant is in status 'Ukendt'.",
} as const;

type CaseOutcome<B> = { status: 200; body: B } | { status: 403 | 404 | 409; body: Problem };

async function readCase<B>(
  cases: CaseLookup<B>,
  facts: (body: B) => CaseFacts,
  input: HandlerInput<"GetFlexjob" | "GetFlexjobAllocation">,
  rules: AccessRules,
): Promise<CaseOutcome<B>> {
  const id = input.body.getCaseElementRequestType?.caseElementIdentifier?.toLowerCase();
  const found = id === undefined ? undefined : await cases.get(id);
  const caller = input.body.activeOrganisationHeader?.organisationCode;
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
    IsAliveAsync: async () => ({ status: 200, body: { isAliveResponseType: { isAlive: true } } }),
  } satisfies Handlers;
}
