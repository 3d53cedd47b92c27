/**
 * Who may read which case, and what the lookup answers. The caller is `activeOrganisationHeader`
 * (a company, organisation type 24, names itself by its CVR), or with `--auth certificate` the
 * client certificate's CVR; a case may be read by its company's CVR or its external operator's
 * CVR. The order follows the spec: no caller 403, no case 404, foreign case 403, grant status
 * "Ukendt" 409, else the case.
 */
import type { components } from "../../generated/flexjob";
import type { CertificateIdentity } from "../pipeline/certificate-identity";

type FlowState = components["schemas"]["CaseElementFlowStateType"];
type Company = components["schemas"]["CompanyType"];

export type AuthMode = "header" | "certificate" | "off";

/** The organisation type of a company, Virksomhed (the spec's ActiveOrganisationHeaderType). */
export const COMPANY_ORGANISATION_TYPE = 24;

/** The parts of a case body that decide access; both response types have them. */
export interface CaseFacts {
  caseElementFlowState: FlowState;
  company: Company;
}

export type Access = "not-authorized" | "case-not-found" | "grant-status-unknown" | "ok";

/** The caller's CVR (undefined: none given), or why the request has no caller that may read anything. */
export type Caller = { cvr: string | undefined } | { refused: string };

/**
 * Who is calling. With a certificate, the certificate alone decides; a header naming another
 * organisation is refused rather than ignored, as it shows the caller believes it is someone else.
 */
export function identifyCaller(
  auth: AuthMode,
  headerOrganisation: string | undefined,
  certificate: CertificateIdentity | undefined,
): Caller {
  if (auth !== "certificate") return { cvr: headerOrganisation };
  if (certificate === undefined) return { refused: "The request has no client certificate." };
  if (certificate.cvr === undefined) return { refused: certificate.why };
  if (headerOrganisation !== undefined && headerOrganisation !== certificate.cvr)
    return {
      refused:
        "activeOrganisationHeader.organisationCode names another organisation than the client certificate " +
        `(CVR ${certificate.cvr}); leave the header out or name the certificate's organisation.`,
    };
  return { cvr: certificate.cvr };
}

export interface AccessRules {
  auth: AuthMode;
  /** The grant status code that means "Ukendt" (assumed 1; STAR publishes no list). */
  unknownGrantStatus: number;
}

/**
 * What a caller gets for a case (undefined: no such case for this operation). `callerType` is the
 * header's organisationTypeIdentifier (undefined: a certificate's organisation, a company).
 */
export function decideAccess(
  facts: CaseFacts | undefined,
  caller: string | undefined,
  rules: AccessRules,
  callerType: number = COMPANY_ORGANISATION_TYPE,
): Access {
  if (rules.auth !== "off" && caller === undefined) return "not-authorized";
  if (!facts) return "case-not-found";
  if (rules.auth !== "off" && !mayRead(facts, caller!, callerType)) return "not-authorized";
  if (facts.caseElementFlowState.jobAllocationStatusIdentifier === rules.unknownGrantStatus)
    return "grant-status-unknown";
  return "ok";
}

/** Whether a party may read the case: a company (type 24) with the CVR of the case's company or external operator. */
export function mayRead(facts: CaseFacts, cvr: string, organisationType: number): boolean {
  return organisationType === COMPANY_ORGANISATION_TYPE && readersOf(facts).includes(cvr);
}

/** The CVR numbers that may read a case: the company's and, if any, the external operator's. */
export function readersOf(facts: CaseFacts): string[] {
  const cvrs = [
    facts.company.companyIdentifier.cvRnumberIdentifier.value,
    facts.caseElementFlowState.externalOperator?.cvRnumberIdentifier.value,
  ];
  return cvrs.filter((cvr): cvr is string => cvr !== undefined && cvr !== "");
}
