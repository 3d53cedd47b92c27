import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { components } from "../../generated/flexjob";
import specJson from "../../generated/flexjob.openapi.json";
import { violationsOf } from "../../generated/validators";
import { WRAPPERS } from "../fixtures/sandbox-table";

type Offer = components["schemas"]["FlexjobOfferResponse"]["flexjobRequestResponseType"];
type Grant = components["schemas"]["FlexjobAllocationResponse"]["flexjobAllocationResponseType"];
type Wrapper = "FlexjobOfferResponse" | "FlexjobAllocationResponse";
/** The part of JSON Schema the optional-element walker needs. */
interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>; // deep edits of bodies in the tests that show the checks bite

const root = path.resolve(__dirname, "..", "..");
const sandboxDir = path.join(root, "server", "sandbox", "cases");
const spec = specJson as unknown as { components: { schemas: Record<string, SchemaNode> } };

function validate(wrapper: Wrapper, body: unknown): string[] {
  return violationsOf(wrapper, body).map((v) => `${v.pointer} ${v.message}`);
}

const files = readdirSync(sandboxDir)
  .filter((f) => f.endsWith(".json"))
  .sort();
const bodies = new Map<string, unknown>(
  files.map((f) => [f, JSON.parse(readFileSync(path.join(sandboxDir, f), "utf8"))]),
);
const isOfferFile = (file: string): boolean => file.endsWith("-offer.json");
const wrapperOf = (file: string): Wrapper => (isOfferFile(file) ? "FlexjobOfferResponse" : "FlexjobAllocationResponse");
const caseNumber = (file: string): number => Number(/^case-(\d)-/.exec(file)?.[1]);
const caseId = (n: number): string => {
  const d = (count: number) => String(n).repeat(count);
  return `${d(8)}-${d(4)}-4${d(3)}-8${d(3)}-${d(12)}`;
};
const clone = (file: string): Json => structuredClone(bodies.get(file)) as Json;
// Safe casts: the first describe validates every file against its operation's schema.
const offer = (n: number) => clone(`case-${n}-offer.json`).flexjobRequestResponseType as Offer;
const grant = (n: number) => clone(`case-${n}-allocation.json`).flexjobAllocationResponseType as Grant;
const inner = (file: string): Offer | Grant => (isOfferFile(file) ? offer : grant)(caseNumber(file));

interface OptionalReport {
  missing: string[];
  present: string[];
}
/** Paths of the optional properties the body leaves out and of those it has, at every depth. */
function optionalElements(node: SchemaNode, value: unknown, at = ""): OptionalReport {
  const schema = node.$ref ? spec.components.schemas[node.$ref.replace("#/components/schemas/", "")] : node;
  if (!schema) throw new Error(`unresolved ${node.$ref}`);
  if (schema.$ref) return optionalElements(schema, value, at);
  const report: OptionalReport = { missing: [], present: [] };
  const add = (r: OptionalReport) => (report.missing.push(...r.missing), report.present.push(...r.present));
  const { items } = schema;
  if (items && Array.isArray(value)) value.forEach((v, i) => add(optionalElements(items, v, `${at}/${i}`)));
  if (!schema.properties || typeof value !== "object" || value === null) return report;
  for (const [key, child] of Object.entries(schema.properties)) {
    const optional = !(schema.required ?? []).includes(key);
    if (!(key in value)) {
      if (optional) report.missing.push(`${at}/${key}`);
      continue;
    }
    if (optional) report.present.push(`${at}/${key}`);
    add(optionalElements(child, (value as Json)[key], `${at}/${key}`));
  }
  return report;
}
const optionalIn = (file: string, body: unknown = bodies.get(file)): OptionalReport =>
  optionalElements({ $ref: `#/components/schemas/${wrapperOf(file)}` }, body);

/** Every value stored under one of `keys`, at any depth of the file's body. */
function valuesOf(value: unknown, keys: string[]): unknown[] {
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => [...(keys.includes(k) ? [v] : []), ...valuesOf(v, keys)]);
}
const stringsOf = (file: string, ...keys: string[]): string[] => valuesOf(bodies.get(file), keys).map(String);
/** The `value` of every `...Dto` stored under one of `keys`. */
const dtoValuesOf = (file: string, ...keys: string[]): string[] =>
  valuesOf(bodies.get(file), keys)
    .flatMap((dto) => valuesOf(dto, ["value"]))
    .map(String);

/** CVR modulus 11, weights 2,7,6,5,4,3,2,1. */
const isModulus11Cvr = (cvr: string): boolean =>
  /^\d{8}$/.test(cvr) && [...cvr].reduce((sum, d, i) => sum + Number(d) * [2, 7, 6, 5, 4, 3, 2, 1][i]!, 0) % 11 === 0;
/** 10 digits whose DDMM is a day no calendar has (31 April, 30 February...), so nobody's number. */
function isFictitiousCpr(cpr: string): boolean {
  const day = Number(cpr.slice(0, 2));
  const longest = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][Number(cpr.slice(2, 4)) - 1];
  return /^\d{10}$/.test(cpr) && longest !== undefined && day > longest;
}
/** A date-time whose offset is Denmark's at that instant (+01:00 in winter, +02:00 in summer). */
function hasDanishOffset(dateTime: string): boolean {
  const offset = /([+-]\d\d:\d\d)$/.exec(dateTime)?.[1];
  const zone = new Intl.DateTimeFormat("en", { timeZone: "Europe/Copenhagen", timeZoneName: "longOffset" })
    .formatToParts(new Date(dateTime))
    .find((p) => p.type === "timeZoneName")?.value;
  return offset !== undefined && zone === `GMT${offset}`;
}
/** Effective weekly hours of a case: the grant's, the offer's, else those of the grant of the offer. */
function effectiveHours(body: Offer | Grant): number | undefined {
  if ("flexjobAllocation" in body) return body.flexjobAllocation.effectiveWorkingHours;
  const grants = files.filter((f) => !isOfferFile(f)).map(inner) as Grant[];
  return (
    body.flexjobOffer.expectedWeeklyWorkingHours ??
    grants.find((g) => g.offerIdentifier === body.caseElementIdentifier)?.flexjobAllocation.effectiveWorkingHours
  );
}
const payOf = (body: Offer | Grant) =>
  "flexjobAllocation" in body ? body.flexjobAllocation.salaryInformation : body.salaryInformation;

describe("sandbox case files", () => {
  it("are exactly the cases of the sandbox table", () => {
    expect(files).toEqual([
      "case-1-offer.json",
      "case-2-offer.json",
      "case-3-allocation.json",
      "case-4-allocation.json",
      "case-5-allocation.json",
      "case-5-offer.json",
      "case-6-offer.json",
    ]);
  });

  it.each(files)("%s is a valid, pretty-printed response body of its operation", (file) => {
    expect(validate(wrapperOf(file), bodies.get(file))).toEqual([]);
    const text = readFileSync(path.join(sandboxDir, file), "utf8");
    expect(text).toBe(`${JSON.stringify(bodies.get(file), null, 2)}\n`);
  });

  it.each(files)("%s carries its case id and the company CVR of the table", (file) => {
    const n = caseNumber(file);
    expect(inner(file).caseElementIdentifier).toBe(caseId(n));
    const cvr = inner(file).company.companyIdentifier.cvRnumberIdentifier.value;
    expect(cvr).toBe(n === 6 ? "11111114" : "12345674");
  });
});

describe("the sandbox table", () => {
  it("case 1 is handled by an external operator, 22222228", () => {
    const flow = offer(1).caseElementFlowState;
    expect(flow.obtainedByExternalOperator).toBe(true);
    expect(flow.externalOperator?.cvRnumberIdentifier.value).toBe("22222228");
  });

  it("only the grant of case 1 (case 3) shares that operator; cases 2, 4, 5, 6 have none", () => {
    expect(grant(3).caseElementFlowState.externalOperator).toEqual(offer(1).caseElementFlowState.externalOperator);
    for (const file of files.filter((f) => ![1, 3].includes(caseNumber(f)))) {
      const { externalOperator, obtainedByExternalOperator } = inner(file).caseElementFlowState;
      expect([file, externalOperator, obtainedByExternalOperator]).toEqual([file, undefined, false]);
    }
  });

  it("grant status Ukendt (1) is on both files of case 5 and nowhere else", () => {
    const ukendt = files.filter((f) => inner(f).caseElementFlowState.jobAllocationStatusIdentifier === 1);
    expect(ukendt).toEqual(["case-5-allocation.json", "case-5-offer.json"]);
  });

  it("case 3 is the grant of case 1's offer, for the same company", () => {
    expect(grant(3).offerIdentifier).toBe(caseId(1));
    expect(grant(3).company).toEqual(offer(1).company);
  });

  it.each([3, 4, 5])("grant %i repeats the person, job and pay of the offer it points to", (n) => {
    const g = grant(n);
    const offerFile = files.find((f) => isOfferFile(f) && inner(f).caseElementIdentifier === g.offerIdentifier);
    const o = offer(caseNumber(offerFile ?? "none"));
    const { conceptUriDa, jobDescription, personCivilRegistrationIdentifier, companyContactOfficeHours } =
      o.flexjobOffer;
    expect(g.flexjobAllocation).toMatchObject({
      conceptUriDa,
      jobDescription,
      personCivilRegistrationIdentifier,
      companyContactOfficeHours,
    });
    expect(g.flexjobAllocation.salaryInformation).toEqual(o.salaryInformation);
    expect(g.jobCenter.jobCenterCode).toBe(o.flexjobOffer.jobCenterCode);
    expect(g.company.companyIdentifier.cvRnumberIdentifier).toEqual(o.company.companyIdentifier.cvRnumberIdentifier);
  });

  it.each(["case-1-offer.json", "case-3-allocation.json"])("%s has every optional element of its schema", (file) => {
    expect(optionalIn(file).missing).toEqual([]);
  });

  it.each(["case-2-offer.json", "case-4-allocation.json"])("%s has no optional element but the CVR", (file) => {
    const wrapper = isOfferFile(file) ? WRAPPERS.GetFlexjob : WRAPPERS.GetFlexjobAllocation;
    expect(optionalIn(file).present).toEqual([`/${wrapper}/company/companyIdentifier/cvRnumberIdentifier/value`]);
  });
});

describe("sandbox realism", () => {
  it.each(files)("%s: CVRs pass modulus 11; P-numbers, CPRs and jobcentre codes have their digits", (file) => {
    const cvrs = dtoValuesOf(file, "cvRnumberIdentifier");
    expect(cvrs.length).toBeGreaterThan(0);
    for (const cvr of cvrs) expect([cvr, isModulus11Cvr(cvr)]).toEqual([cvr, true]);
    for (const p of dtoValuesOf(file, "productionUnitIdentifier")) expect(p).toMatch(/^\d{10}$/);
    const cprs = stringsOf(file, "personCivilRegistrationIdentifier");
    expect(cprs).toHaveLength(1);
    for (const cpr of cprs) expect([cpr, isFictitiousCpr(cpr)]).toEqual([cpr, true]);
    const codes = stringsOf(file, "jobCenterCode");
    expect(codes).toHaveLength(1);
    for (const code of codes) expect(code).toMatch(/^\d{5}$/);
  });

  it.each(files)("%s: phones, fictitious mail hosts, Danish offsets, ESCO URI, VITAS URL", (file) => {
    const phoneKeys = ["companyPhoneNumber", "companyResponsiblePhoneNumber", "responsiblePersonPhoneNumber"];
    for (const phone of stringsOf(file, ...phoneKeys)) expect(phone).toMatch(/^\+?\d{3,20}$/);
    const mailKeys = ["companyResponsibleEmailAddress", "responsibleCaseworkerMail", "responsiblePersonEmailAddress"];
    const mails = [...dtoValuesOf(file, ...mailKeys), ...stringsOf(file, "forwardedByEmailAddress")];
    for (const mail of mails) expect(mail).toMatch(/^[a-z.]+@[a-z.-]+\.example$/); // reserved TLD
    const dateTimes = JSON.stringify(bodies.get(file)).match(/\d{4}-\d\d-\d\dT[^"]+/g) ?? [];
    expect(dateTimes.length).toBeGreaterThan(0);
    for (const dt of dateTimes) expect([dt, hasDanishOffset(dt)]).toEqual([dt, true]);
    for (const landekode of stringsOf(file, "landekode")) expect(landekode).toBe("DK");
    expect(stringsOf(file, "conceptUriDa")).toEqual([
      expect.stringMatching(/^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/),
    ]);
    const vitas = new URL(inner(file).caseElementFlowState.vitasUrl);
    const onTestHost = vitas.hostname.endsWith(".example");
    const endsInCase = vitas.pathname.endsWith(caseId(caseNumber(file)));
    expect([vitas.protocol, onTestHost, endsInCase]).toEqual(["https:", true, true]);
  });

  it.each(files)("%s: monthly pay is the full-time ceiling scaled to the effective hours of 37", (file) => {
    const hours = effectiveHours(inner(file)) ?? Number.NaN;
    const pay = payOf(inner(file));
    expect(hours).toBeGreaterThanOrEqual(2);
    expect(hours).toBeLessThan(37);
    expect([pay.expectedSalary.salaryIdentifier, pay.fullTimeSalary.salaryIdentifier]).toEqual([2, 2]);
    expect(pay.expectedSalary.salary).toBeLessThan(pay.fullTimeSalary.salary);
    expect(pay.expectedSalary.salary).toBeCloseTo((pay.fullTimeSalary.salary * hours) / 37, 0);
  });

  it.each([3, 4, 5])("grant %i: hours fit the week; a midlertidig grant runs 5 years", (n) => {
    const a = grant(n).flexjobAllocation;
    expect(a.effectiveWorkingHours).toBeLessThanOrEqual(a.effectiveWorkingHoursFromOffer);
    expect(a.calculatedWorkingHours).toBe(a.effectiveWorkingHours);
    expect(a.effectiveWorkingHours).toBeLessThanOrEqual(a.workLoad);
    expect(a.workLoad).toBeLessThanOrEqual(37);
    expect(a.flexjobDurationIdentifier).toBe(1);
    expect(a.endDate).toBe(`${Number(a.startDate.slice(0, 4)) + 5}${a.startDate.slice(4)}`);
  });
});

describe("the checks bite", () => {
  it("the walker reports optional elements removed from a full case, at any depth", () => {
    const body = clone("case-1-offer.json");
    const flow = body.flexjobRequestResponseType.caseElementFlowState;
    delete flow.responsibleCaseworker.responsibleCaseworkerName.mellemnavn;
    delete body.flexjobRequestResponseType.companyPublicIdentifier;
    expect(optionalIn("case-1-offer.json", body).missing).toEqual([
      "/flexjobRequestResponseType/caseElementFlowState/responsibleCaseworker/responsibleCaseworkerName/mellemnavn",
      "/flexjobRequestResponseType/companyPublicIdentifier",
    ]);
  });

  it("the walker reports an optional element added to a required-only case", () => {
    const body = clone("case-4-allocation.json");
    body.flexjobAllocationResponseType.jobCenter.jobCenterAddress.postnummer = "8230";
    expect(optionalIn("case-4-allocation.json", body).present).toContain(
      "/flexjobAllocationResponseType/jobCenter/jobCenterAddress/postnummer",
    );
  });

  it("the schema rejects a long bynavn, 30 February and a grant without companyPublicIdentifier", () => {
    const body = clone("case-3-allocation.json");
    body.flexjobAllocationResponseType.company.companyAddress.bynavn = "Aarhus N Christiansbjerg";
    body.flexjobAllocationResponseType.caseElementFlowState.decisionDate = "2025-02-30T13:45:00+01:00";
    delete body.flexjobAllocationResponseType.companyPublicIdentifier;
    expect(validate("FlexjobAllocationResponse", body)).toEqual([
      "/flexjobAllocationResponseType/companyPublicIdentifier must have required property 'companyPublicIdentifier'",
      '/flexjobAllocationResponseType/caseElementFlowState/decisionDate must match format "date-time"',
      "/flexjobAllocationResponseType/company/companyAddress/bynavn must NOT have more than 20 characters",
    ]);
  });

  it("the realism rules reject a bad CVR, a real date of birth and a wrong offset", () => {
    expect(["12345678", "1234567", "22222228"].map(isModulus11Cvr)).toEqual([false, false, true]);
    expect(["0101901234", "2902001234", "310490123"].map(isFictitiousCpr)).toEqual([false, false, false]);
    const dateTimes = ["2025-07-01T10:00:00+01:00", "2025-01-01T10:00:00Z", "2025-01-01T10:00:00+01:00"];
    expect(dateTimes.map(hasDanishOffset)).toEqual([false, false, true]);
  });
});
