import { readFileSync } from "node:fs";
import { parseDocPage } from "../../scripts/fidelity/doc-page";
import { compareSpecToPage } from "../../scripts/fidelity/compare-spec";
import { DEFAULT_PAGE, SPEC_DOCUMENT } from "../../scripts/fidelity";

// Mutations reach deep into the parsed YAML; the comparison itself is what checks shapes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mutations reach into arbitrary YAML
type Json = Record<string, any>;

const page = parseDocPage(readFileSync(DEFAULT_PAGE, "utf8"));
const spec = structuredClone(SPEC_DOCUMENT) as unknown as Json;
const schemas = (doc: Json): Json => doc.components.schemas;

describe("the documentation page", () => {
  it("has the three operations with their 253 element rows", () => {
    expect(page.map((op) => `${op.method} ${op.path} ${op.name}`)).toEqual([
      "POST /Flexjob/GetFlexjob GetFlexjob",
      "POST /Flexjob/GetFlexjobAllocation GetFlexjobAllocation",
      "POST /Flexjob/IsAlive IsAliveAsync",
    ]);
    expect(page.reduce((n, op) => n + op.input.length + op.output.length, 0)).toBe(253);
  });
});

describe("spec/flexjob.yaml", () => {
  it("agrees with every documented element of the page", () => {
    const result = compareSpecToPage(spec, page);
    console.log(`spec fidelity: compared ${result.compared} documented elements`);
    expect(result.mismatches).toEqual([]);
    expect(result.compared).toBe(253);
  });
});

describe("the comparison", () => {
  const given: { change: string; mutate: (doc: Json) => void; want: RegExp }[] = [
    {
      change: "a longer maxLength",
      mutate: (d) => (schemas(d).CaseElementFlowStateType.properties.vitasCaseId.maxLength = 21),
      want: /caseElementFlowState\.vitasCaseId: has constraints .*"maxLength":21.*the page says .*"maxLength":20/,
    },
    {
      change: "an unanchored pattern",
      mutate: (d) => (schemas(d).AdresseDto.properties.postnummer.pattern = "[0-9]{4}"),
      want: /companyAddress\.postnummer: has constraints/,
    },
    {
      change: "a required element made optional",
      mutate: (d) => (schemas(d).AdresseDto.required = ["vejnavn", "husnummer"]),
      want: /companyAddress\.bynavn: is optional in the spec, the page says occurrence 1/,
    },
    {
      change: "an optional element made required",
      mutate: (d) => schemas(d).FlexjobOfferResponseType.required.push("companyPublicIdentifier"),
      want: /GetFlexjob output .*companyPublicIdentifier: is required in the spec, the page says occurrence 0 - 1/,
    },
    {
      change: "a quirk 'corrected'",
      mutate: (d) => {
        const offer = schemas(d).FlexjobOfferType;
        offer.properties.preferredStartDate = offer.properties.preferedStartDate;
        delete offer.properties.preferedStartDate;
      },
      want: /flexjobOffer\.preferedStartDate: is on the page but not in the spec/,
    },
    {
      change: "an undocumented property",
      mutate: (d) => (schemas(d).PensionType.properties.pensionCompany = { type: "string" }),
      want: /pension\.pensionCompany: is in the spec but not on the page/,
    },
    {
      change: "a double typed as integer",
      mutate: (d) => (schemas(d).SalaryType.properties.salary = { type: "integer", format: "int32" }),
      want: /expectedSalary\.salary: is integer\/int32, the page says double/,
    },
    {
      change: "an enum on a code list",
      mutate: (d) => (schemas(d).LoenTypeCodeList.enum = [1, 2]),
      want: /code list LoenTypeCodeList must not have an enum/,
    },
    {
      change: "an open object",
      mutate: (d) => delete schemas(d).JobCenterType.additionalProperties,
      want: /jobCenter: object must be closed/,
    },
    {
      change: "a longer x-requestId",
      mutate: (d) => (d.components.parameters.XRequestId.schema.maxLength = 64),
      want: /x-requestId \[Header\]: should be a string of 1\.\.46 characters/,
    },
    {
      change: "a renamed operation",
      mutate: (d) => (d.paths["/Flexjob/IsAlive"].post.operationId = "IsAlive"),
      want: /IsAliveAsync: operationId is IsAlive, the page says IsAliveAsync/,
    },
    {
      change: "an inline object instead of the documented type",
      mutate: (d) => (schemas(d).CompanyType.properties.companyAddress = { type: "object" }),
      want: /companyAddress: should be \$ref #\/components\/schemas\/AdresseDto/,
    },
  ];

  it.each(given)("fails on $change", ({ mutate, want }) => {
    const copy = structuredClone(spec);
    mutate(copy);
    const { mismatches } = compareSpecToPage(copy, page);
    expect(mismatches).toEqual(expect.arrayContaining([expect.stringMatching(want)]));
  });
});
