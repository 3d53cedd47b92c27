/** The benchmark's request: GetFlexjob for sandbox case 1 (every optional element, a 3.3 KB answer). */
export const CASE_1 = {
  path: "/Flexjob/GetFlexjob",
  body: JSON.stringify({
    activeOrganisationHeader: { organisationTypeIdentifier: 24, organisationCode: "12345674" },
    getCaseElementRequestType: { caseElementIdentifier: "11111111-1111-4111-8111-111111111111" },
  }),
};
