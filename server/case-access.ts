/**
 * Who may read which case, and what the lookup answers. The caller is `activeOrganisationHeader`;
 * a case may be read by a company (organisation type 24, Virksomhed) whose CVR is the case
 * company's or its external operator's. The order follows the spec: no caller 403, no case 404,
 * foreign case 403, grant status "Ukendt" 409, else the case.
 */
import type { components } from "../generated/flexjob";

type FlowState = components["schemas"]["CaseElementFlowStateType"];
type Company = components["schemas"]["CompanyType"];
/** The organisation a call is made for (its organisationCode is a CVR number when it is a company). */
export type Party = components["schemas"]["ActiveOrganisationHeaderType"];

/** The organisation type of a company, Virksomhed (the spec's ActiveOrganisationHeaderType). */
export const COMPANY_ORGANISATION_TYPE = 24;

export type AuthMode = "header" | "off";

/** The parts of a case body that decide access; both response types have them. */
export interface CaseFacts {
  caseElementFlowState: FlowState;
  company: Company;
}

export type Access = "not-authorized" | "case-not-found" | "grant-status-unknown" | "ok";

export interface AccessRules {
  auth: AuthMode;
  /** The grant status code that means "Ukendt" (assumed 1; STAR publishes no list). */
  unknownGrantStatus: number;
}

/** What a caller gets for a case (undefined: no such case for this operation). */
export function decideAccess(facts: CaseFacts | undefined, caller: Party | undefined, rules: AccessRules): Access {
  if (rules.auth === "header" && caller === undefined) return "not-authorized";
  if (!facts) return "case-not-found";
  if (rules.auth === "header" && !mayRead(facts, caller!)) return "not-authorized";
  if (facts.caseElementFlowState.jobAllocationStatusIdentifier === rules.unknownGrantStatus)
    return "grant-status-unknown";
  return "ok";
}

/** Whether `party` is a company whose CVR may read the case. */
export function mayRead(facts: CaseFacts, party: Party): boolean {
  return (
    party.organisationTypeIdentifier === COMPANY_ORGANISATION_TYPE && readersOf(facts).includes(party.organisationCode)
  );
}

/** The CVR numbers that may read a case: the company's and, if any, the external operator's. */
export function readersOf(facts: CaseFacts): string[] {
  const cvrs = [
    facts.company.companyIdentifier.cvRnumberIdentifier.value,
    facts.caseElementFlowState.externalOperator?.cvRnumberIdentifier.value,
  ];
  return cvrs.filter((cvr): cvr is string => cvr !== undefined && cvr !== "");
}
