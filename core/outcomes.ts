/**
 * The outcomes a handler of a case-reading operation answers with when it does not answer 200,
 * exactly as the spec's error table says (status, errorCode, type, title, the request id), so that
 * no implementation writes an error code. Which case a caller may read depends on the case's
 * parties, which only the handler knows; `mayReadCase` states the rule for the spec's case bodies.
 */
import { PROBLEM_KINDS } from "../generated/contract";
import { COMPANY_ORGANISATION_TYPE, type Caller } from "./caller";
import type { CaseBody, CaseOperationId } from "./handler-types";
import { problem, type Problem } from "./problems";

interface Asked {
  requestId: string;
  caller?: Caller | undefined;
}

type ProblemOutcome<S extends number> = { status: S; body: Problem };

const NOT_A_PARTY =
  "The calling organisation (activeOrganisationHeader) is not a party to this case: a party is a company (organisationTypeIdentifier 24) with the CVR of the case's company or of its external operator.";

/** 403 / 4575: the caller is not a party to the case. */
export function notAuthorized(input: Asked): ProblemOutcome<(typeof PROBLEM_KINDS)["not-authorized"]["status"]> {
  const detail =
    input.caller?.from === "certificate"
      ? `The calling organisation (CVR ${input.caller.organisation}, from the client certificate) is not a party to this case: neither its company nor its external operator.`
      : NOT_A_PARTY;
  return problem("not-authorized", detail, { requestId: input.requestId });
}

/** 404 / 80002: no case with this caseElementIdentifier for this operation. */
export function caseNotFound(input: Asked): ProblemOutcome<(typeof PROBLEM_KINDS)["case-not-found"]["status"]> {
  return problem("case-not-found", "No case with this caseElementIdentifier for this operation.", {
    requestId: input.requestId,
  });
}

/** 409 / 80003: the case's grant is in status "Ukendt". */
export function grantStatusUnknown(
  input: Asked,
): ProblemOutcome<(typeof PROBLEM_KINDS)["grant-status-unknown"]["status"]> {
  return problem("grant-status-unknown", "The case's grant is in status 'Ukendt'.", { requestId: input.requestId });
}

/** The parts of a case that name its parties; both case bodies have them in their one wrapper. */
export type CaseFacts = Pick<CaseBody<"GetFlexjob">["flexjobRequestResponseType"], "company" | "caseElementFlowState">;

/** The wrapper of a case body (flexjobRequestResponseType or flexjobAllocationResponseType). */
export function caseFactsOf(body: CaseBody<CaseOperationId>): CaseFacts {
  return Object.values(body)[0] as CaseFacts;
}

/** The CVR numbers that may read a case: its company's and, if any, its external operator's. */
export function readersOf(facts: CaseFacts): string[] {
  const cvrs = [
    facts.company.companyIdentifier.cvRnumberIdentifier.value,
    facts.caseElementFlowState.externalOperator?.cvRnumberIdentifier.value,
  ];
  return cvrs.filter((cvr): cvr is string => cvr !== undefined && cvr !== "");
}

/**
 * Whether the caller may read the case `body`: anyone with auth "off" (no caller); else a company
 * (organisation type 24) with the CVR of the case's company or of its external operator.
 */
export function mayReadCase(input: Asked, body: CaseBody<CaseOperationId>): boolean {
  const { caller } = input;
  if (caller === undefined) return true;
  return (
    caller.organisationType === COMPANY_ORGANISATION_TYPE && readersOf(caseFactsOf(body)).includes(caller.organisation)
  );
}
