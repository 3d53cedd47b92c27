/**
 * Type-level tests of generated/flexjob.d.ts, checked by `npm run typecheck`: each
 * `@ts-expect-error` must meet an error, so a generated type that accepted the bad value would
 * fail the typecheck ("Unused '@ts-expect-error' directive").
 */
import type { components, operations } from "../../generated/flexjob";

type FlexjobOfferResponse = components["schemas"]["FlexjobOfferResponse"];
type AdresseDto = components["schemas"]["AdresseDto"];
type SalaryType = components["schemas"]["SalaryType"];
type IsAliveOk = operations["IsAliveAsync"]["responses"][200]["content"]["application/json"];
type GetFlexjobBody = NonNullable<operations["GetFlexjob"]["requestBody"]>["content"]["application/json"];

const address: AdresseDto = { vejnavn: "Vestergade", husnummer: "12", bynavn: "Aarhus C" };
const salary: SalaryType = { salaryIdentifier: 1, salary: 182.5 };

export const requiredOnly: FlexjobOfferResponse = {
  flexjobRequestResponseType: {
    caseElementFlowState: {
      vitasCaseId: "V-1",
      vitasUrl: "https://vitas.example.invalid/1",
      obtainedByExternalOperator: false,
    },
    company: {
      companyIdentifier: { cvRnumberIdentifier: { value: "12345674" }, productionUnitIdentifier: {} },
      companyName: "Eksempel ApS",
      companyPhoneNumber: "+4512345678",
      companyAddress: address,
      companyResponsible: {
        companyResponsibleName: { fornavn: "Karen", efternavn: "Eksempel" },
        companyResponsiblePhoneNumber: "12345678",
        companyResponsibleEmailAddress: {},
      },
    },
    companyCaseHandling: {},
    caseWorkerCaseHandling: {},
    companyBusinessIdentifier: 1,
    flexjobOffer: {
      jobDescription: "Lagerarbejde",
      personCivilRegistrationIdentifier: "0101001234",
      preferedStartDate: "2025-03-01T00:00:00+01:00",
      companyResponsibleOfficeHours: "8-15",
      companyContactOfficeHours: "8-15",
      conceptUriDa: "http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000000",
      jobCenterCode: "75100",
      forwardedByEmailAddress: "",
    },
    caseElementIdentifier: "22222222-2222-4222-8222-222222222222",
    salaryInformation: { expectedSalary: salary, fullTimeSalary: salary, pension: {} },
  },
};

// A misspelled element: the documented quirk is `preferedStartDate`, and that is the only spelling.
export const misspelled: FlexjobOfferResponse["flexjobRequestResponseType"]["flexjobOffer"] = {
  ...requiredOnly.flexjobRequestResponseType.flexjobOffer,
  // @ts-expect-error `preferredStartDate` is not an element of FlexjobOfferType
  preferredStartDate: "2025-03-01T00:00:00+01:00",
};

// Closed objects: the GetFlexjobAllocation spelling does not exist in GetFlexjob's response.
export const otherOperationsSpelling: Partial<FlexjobOfferResponse["flexjobRequestResponseType"]> = {
  // @ts-expect-error GetFlexjob says caseWorkerCaseHandling, GetFlexjobAllocation caseworkerCaseHandling
  caseworkerCaseHandling: {},
};

// Wrong types.
// @ts-expect-error postboksnummer is int32, not a string
export const wrongType: AdresseDto = { ...address, postboksnummer: "12" };
// @ts-expect-error code lists are integers
export const codeListAsText: SalaryType = { salaryIdentifier: "hourly", salary: 1 };
// @ts-expect-error isAlive is a boolean
export const isAliveText: IsAliveOk = { isAliveResponseType: { isAlive: "yes" } };

// Missing required elements.
// @ts-expect-error bynavn is required (occurrence 1)
export const missingCity: AdresseDto = { vejnavn: "Vestergade", husnummer: "12" };
// @ts-expect-error the response wrapper flexjobRequestResponseType is required
export const missingWrapper: FlexjobOfferResponse = {};
// @ts-expect-error caseElementIdentifier is required inside getCaseElementRequestType
export const missingCaseId: GetFlexjobBody = { getCaseElementRequestType: {} };

// Optional elements may be left out, and the request body is all optional on its top level.
export const emptyRequest: GetFlexjobBody = {};
