/** A request the benchmark sends over and over, and the status every answer to it must have. */
export interface BenchRequest {
  path: string;
  body: string;
  status: number;
}

/** The benchmark's request: GetFlexjob for sandbox case 1 (every optional element, a 3.3 KB answer). */
export const CASE_1: BenchRequest = {
  path: "/Flexjob/GetFlexjob",
  body: JSON.stringify({
    activeOrganisationHeader: { organisationTypeIdentifier: 24, organisationCode: "12345674" },
    getCaseElementRequestType: { caseElementIdentifier: "11111111-1111-4111-8111-111111111111" },
  }),
  status: 200,
};

/**
 * GetFlexjob for a case that does not exist: a 404 Problem computed per request, which is what
 * `--response-validation` checks (the stored case bodies were checked at load).
 */
export const UNKNOWN_CASE: BenchRequest = {
  path: "/Flexjob/GetFlexjob",
  body: JSON.stringify({
    activeOrganisationHeader: { organisationTypeIdentifier: 24, organisationCode: "12345674" },
    getCaseElementRequestType: { caseElementIdentifier: "00000000-0000-4000-8000-000000000000" },
  }),
  status: 404,
};
