/**
 * Who reads which case, and what the sandbox answers: its handler over one case, through the
 * pipeline's caller and outcomes (no caller is refused by the pipeline before a handler runs).
 */
import { readersOf, type Caller, type CaseFacts, type HandlerInput } from "../../server/pipeline";
import { createHandlers } from "../../core/sandbox/handlers";

interface AccessRules {
  auth: "header" | "off";
  unknownGrantStatus: number;
}

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

const CASE = "11111111-1111-4111-8111-111111111111";

/** The kind of Problem (or "ok") the sandbox's GetFlexjob answers for one case. */
async function decideAccess(
  found: CaseFacts | undefined,
  caller: Party | undefined,
  rules: AccessRules,
): Promise<string> {
  const book = new Map(found ? [[CASE, { flexjobRequestResponseType: found }]] : []);
  const handlers = createHandlers({
    cases: { GetFlexjob: book, GetFlexjobAllocation: new Map() } as never,
    unknownGrantStatus: rules.unknownGrantStatus,
  });
  const asked: Caller | undefined =
    rules.auth === "off" || caller === undefined
      ? undefined
      : { organisation: caller.cvr, organisationType: caller.type, from: "header" };
  const input = { body: {}, requestId: "r", caseElementIdentifier: CASE, caller: asked } as HandlerInput<"GetFlexjob">;
  const outcome = await handlers.GetFlexjob(input);
  if (outcome.status === 200) return "ok";
  return { 403: "not-authorized", 404: "case-not-found", 409: "grant-status-unknown" }[outcome.status];
}

describe("the sandbox's access decision", () => {
  // (No caller with auth "header" is the pipeline's 403, before any handler: test/unit/server-caller.test.ts.)
  it.each([
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
  ] as const)("$given → $want", async ({ facts: f, caller, rules, want }) => {
    expect(await decideAccess(f, caller, rules)).toBe(want);
  });
});

describe("readersOf", () => {
  it("lists the company's CVR and the external operator's, skipping absent or empty ones", () => {
    expect(readersOf(facts("12345674", "22222228"))).toEqual(["12345674", "22222228"]);
    expect(readersOf(facts("12345674"))).toEqual(["12345674"]);
    expect(readersOf(facts("", ""))).toEqual([]);
  });

  it("never lets an empty organisationCode read a case without CVR", async () => {
    expect(await decideAccess(facts("", undefined, 3), company(""), header)).toBe("not-authorized");
  });
});
