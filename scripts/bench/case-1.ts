/** A request the benchmark sends over and over, and the status every answer to it must have. */
export interface BenchRequest {
  path: string;
  body: string;
  status: number;
}

/** GetFlexjob for `caseId`, read by the company of the sandbox cases. */
function getFlexjob(caseId: string, status: number): BenchRequest {
  const body = {
    activeOrganisationHeader: { organisationTypeIdentifier: 24, organisationCode: "12345674" },
    getCaseElementRequestType: { caseElementIdentifier: caseId },
  };
  return { path: "/Flexjob/GetFlexjob", body: JSON.stringify(body), status };
}

/** The benchmark's request: GetFlexjob for sandbox case 1 (every optional element, a 3.3 KB answer). */
export const CASE_1 = getFlexjob("11111111-1111-4111-8111-111111111111", 200);

/**
 * GetFlexjob for a case that does not exist: a 404 Problem computed per request, which is what
 * `--response-validation` checks (the stored case bodies were checked at load).
 */
export const UNKNOWN_CASE = getFlexjob("00000000-0000-4000-8000-000000000000", 404);
