/**
 * Who may read which case, and what the lookup answers. The caller is
 * `activeOrganisationHeader.organisationCode`; a case may be read by its company's CVR or its
 * external operator's CVR. The order follows the spec: no caller 403, no case 404, foreign case
 * 403, grant status "Ukendt" 409, else the case.
 */
import type { components } from "../generated/flexjob";

type FlowState = components["schemas"]["CaseElementFlowStateType"];
type Company = components["schemas"]["CompanyType"];

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
export function decideAccess(facts: CaseFacts | undefined, caller: string | undefined, rules: AccessRules): Access {
  if (rules.auth === "header" && caller === undefined) return "not-authorized";
  if (!facts) return "case-not-found";
  if (rules.auth === "header" && !readersOf(facts).includes(caller!)) return "not-authorized";
  if (facts.caseElementFlowState.jobAllocationStatusIdentifier === rules.unknownGrantStatus)
    return "grant-status-unknown";
  return "ok";
}

/** The CVR numbers that may read a case: the company's and, if any, the external operator's. */
export function readersOf(facts: CaseFacts): string[] {
  const cvrs = [
    facts.company.companyIdentifier.cvRnumberIdentifier.value,
    facts.caseElementFlowState.externalOperator?.cvRnumberIdentifier.value,
  ];
  return cvrs.filter((cvr): cvr is string => cvr !== undefined && cvr !== "");
}
