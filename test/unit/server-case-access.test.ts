import { decideAccess, readersOf, type AccessRules, type CaseFacts } from "../../server/sandbox/case-access";

/** A company (organisation type 24) with this CVR, or another type of organisation with the same code. */
/** A caller: its CVR (organisationCode) and its organisation type. */
interface Party {
  cvr: string;
  type: number;
}
const company = (cvr: string): Party => ({ cvr, type: 24 });
const ofType = (type: number, cvr: string): Party => ({ cvr, type });

function facts(company: string, operator?: string, grantStatus?: number): CaseFacts {
  return {
    caseElementFlowState: {
      vitasCaseId: "FJ-1",
      vitasUrl: "https://vitas.sandbox.example/sag/1",
      obtainedByExternalOperator: operator !== undefined,
      ...(operator === undefined
        ? {}
        : { externalOperator: { cvRnumberIdentifier: { value: operator }, productionUnitIdentifier: {} } }),
      ...(grantStatus === undefined ? {} : { jobAllocationStatusIdentifier: grantStatus }),
    },
    company: {
      companyIdentifier: { cvRnumberIdentifier: { value: company }, productionUnitIdentifier: {} },
      companyName: "Plejecentret Solhøj",
      companyPhoneNumber: "+4586101010",
      companyAddress: { vejnavn: "Skovvangsvej", husnummer: "112", bynavn: "Aarhus N" },
      companyResponsible: {
        companyResponsibleName: { fornavn: "Mette", efternavn: "Holm" },
        companyResponsiblePhoneNumber: "+4586101011",
        companyResponsibleEmailAddress: {},
      },
    },
  };
}

const header: AccessRules = { auth: "header", unknownGrantStatus: 1 };
const off: AccessRules = { auth: "off", unknownGrantStatus: 1 };

describe("decideAccess", () => {
  it.each([
    { given: "no caller, no case", facts: undefined, caller: undefined, rules: header, want: "not-authorized" },
    { given: "no caller, a case", facts: facts("12345674"), caller: undefined, rules: header, want: "not-authorized" },
    {
      given: "a caller, no case",
      facts: undefined,
      caller: company("12345674"),
      rules: header,
      want: "case-not-found",
    },
    {
      given: "the company",
      facts: facts("12345674", "22222228", 3),
      caller: company("12345674"),
      rules: header,
      want: "ok",
    },
    {
      given: "the external operator",
      facts: facts("12345674", "22222228", 3),
      caller: company("22222228"),
      rules: header,
      want: "ok",
    },
    {
      given: "another organisation",
      facts: facts("12345674", "22222228", 3),
      caller: company("11111114"),
      rules: header,
      want: "not-authorized",
    },
    {
      given: "another organisation, status Ukendt",
      facts: facts("12345674", undefined, 1),
      caller: company("11111114"),
      rules: header,
      want: "not-authorized",
    },
    {
      given: "the company, status Ukendt",
      facts: facts("12345674", undefined, 1),
      caller: company("12345674"),
      rules: header,
      want: "grant-status-unknown",
    },
    {
      given: "the company, no grant status",
      facts: facts("12345674"),
      caller: company("12345674"),
      rules: header,
      want: "ok",
    },
    { given: "auth off, no caller", facts: facts("12345674"), caller: undefined, rules: off, want: "ok" },
    { given: "auth off, no case", facts: undefined, caller: undefined, rules: off, want: "case-not-found" },
    {
      given: "auth off, status Ukendt",
      facts: facts("12345674", undefined, 1),
      caller: undefined,
      rules: off,
      want: "grant-status-unknown",
    },
    {
      given: "a jobcentre (type 8) with the company's CVR",
      facts: facts("12345674", "22222228", 3),
      caller: ofType(8, "12345674"),
      rules: header,
      want: "not-authorized",
    },
    {
      given: "a municipality (type 7) with the external operator's CVR",
      facts: facts("12345674", "22222228", 3),
      caller: ofType(7, "22222228"),
      rules: header,
      want: "not-authorized",
    },
    {
      given: "a jobcentre (type 8), no case",
      facts: undefined,
      caller: ofType(8, "12345674"),
      rules: header,
      want: "case-not-found",
    },
    {
      given: "auth off, a jobcentre (type 8)",
      facts: facts("12345674", undefined, 3),
      caller: ofType(8, "1"),
      rules: off,
      want: "ok",
    },
    {
      given: "unknownGrantStatus 5, status 5",
      facts: facts("12345674", undefined, 5),
      caller: company("12345674"),
      rules: { auth: "header", unknownGrantStatus: 5 },
      want: "grant-status-unknown",
    },
  ] as const)("$given → $want", ({ facts: f, caller, rules, want }) => {
    expect(decideAccess(f, caller?.cvr, rules, caller?.type)).toBe(want);
  });
});

describe("readersOf", () => {
  it("lists the company's CVR and the external operator's, skipping absent or empty ones", () => {
    expect(readersOf(facts("12345674", "22222228"))).toEqual(["12345674", "22222228"]);
    expect(readersOf(facts("12345674"))).toEqual(["12345674"]);
    expect(readersOf(facts("", ""))).toEqual([]);
  });

  it("never lets an empty organisationCode read a case without CVR", () => {
    expect(decideAccess(facts("", undefined, 3), "", header)).toBe("not-authorized");
  });
});
