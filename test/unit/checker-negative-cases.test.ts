/**
 * The generated negative cases are what they claim: every schema case is JSON that breaks the
 * request schema at the element its description names, every malformed-JSON case fails to parse, every content type is not JSON, every
 * oversized body is over 1 MB; and the valid body they start from is valid and complete.
 */
import * as fc from "fast-check";
import { kindInput, NEGATIVE_KINDS } from "../../checker/checks/negative";
import type { CheckContext } from "../../checker/context";
import { bodyText } from "../../checker/negative/negative-case";
import { BODY_LIMIT_BYTES, parses } from "../../checker/negative/wire-kinds";
import { parseCommand } from "../../checker/options";
import { createContext } from "../../checker/run";

function context(): CheckContext {
  const command = parseCommand(["--base-url", "http://127.0.0.1:1"]);
  if (command.print) throw new Error("unexpected help");
  return createContext(command.options);
}

const ctx = context();
const SCHEMA_KIND_IDS = ["missing-required", "wrong-type", "out-of-bounds", "malformed-uuid", "undocumented-property"];

describe.each(ctx.spec.operations.map((op) => [op.operationId, op] as const))("%s negative cases", (_id, operation) => {
  const input = kindInput(ctx, operation);

  it("start from a valid body that has every optional element", () => {
    expect(ctx.schemas.request(operation)(input.body)).toEqual([]);
    expect(Object.keys(input.body as object).sort()).toEqual(Object.keys(propertiesOf(operation)).sort());
  });

  it.each(SCHEMA_KIND_IDS)(
    "of kind %s are JSON that breaks the request schema where their description says",
    (kindId) => {
      const arbitrary = NEGATIVE_KINDS.find((k) => k.id === kindId)!.arbitrary(input);
      if (operation.operationId === "IsAliveAsync" && kindId === "malformed-uuid")
        return expect(arbitrary).toBeUndefined();
      const validate = ctx.schemas.request(operation);
      fc.assert(
        fc.property(arbitrary!, (kase) => {
          expect(kase.payload.contentType).toBe("application/json");
          const violations = validate(JSON.parse(kase.payload.text));
          expect(violations.length).toBeGreaterThan(0);
          expect(violations.map((v) => v.pointer)).toContain(pointerOf(kase.description));
        }),
        { numRuns: 200 },
      );
    },
  );

  it("of kind malformed-json never parse and are never empty", () => {
    const arbitrary = NEGATIVE_KINDS.find((k) => k.id === "malformed-json")!.arbitrary(input)!;
    fc.assert(
      fc.property(arbitrary, (kase) => kase.payload.text.trim() !== "" && !parses(kase.payload.text)),
      { numRuns: 200 },
    );
  });

  it("of kind wrong-content-type send the valid body as something other than JSON", () => {
    const arbitrary = NEGATIVE_KINDS.find((k) => k.id === "wrong-content-type")!.arbitrary(input)!;
    fc.assert(
      fc.property(
        arbitrary,
        (kase) => !/json/.test(kase.payload.contentType) && kase.payload.text === JSON.stringify(input.body),
      ),
    );
  });

  it("of kind oversized-body are valid JSON over 1 MB", () => {
    const arbitrary = NEGATIVE_KINDS.find((k) => k.id === "oversized-body")!.arbitrary(input)!;
    fc.assert(
      fc.property(arbitrary, (kase) => {
        const text = bodyText(kase.payload);
        return (
          Buffer.byteLength(text) > BODY_LIMIT_BYTES && ctx.schemas.request(operation)(JSON.parse(text)).length === 0
        );
      }),
      { numRuns: 5 },
    );
  });
});

/**
 * The JSON pointer a case's description names: the element itself, or for a required element left
 * out and an undocumented property, that property inside the element.
 */
function pointerOf(description: string): string {
  const at = description.startsWith("the body:") ? "" : description.slice(0, description.indexOf(": "));
  const rest = description.slice(description.indexOf(": ") + 2);
  const required = /^required (.+) left out$/.exec(rest)?.[1];
  const undocumented = /^undocumented property (".*")$/.exec(rest)?.[1];
  const child = required ?? (undocumented === undefined ? undefined : (JSON.parse(undocumented) as string));
  return child === undefined ? at : `${at}/${child.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

describe("GetFlexjob missing-required cases", () => {
  it("leave out, between them, every required element of the body", () => {
    const operation = ctx.spec.operations.find((op) => op.operationId === "GetFlexjob")!;
    const arbitrary = NEGATIVE_KINDS.find((k) => k.id === "missing-required")!.arbitrary(kindInput(ctx, operation))!;
    const descriptions = new Set(fc.sample(arbitrary, { seed: 1, numRuns: 2000 }).map((c) => c.description));
    expect([...descriptions].sort()).toEqual(
      [
        "/activeOrganisationHeader: required organisationCode left out",
        "/activeOrganisationHeader: required organisationTypeIdentifier left out",
        "/getCaseElementRequestType: required caseElementIdentifier left out",
        "/requestUserMetadataHeader: required registrationDateTime left out",
        "/requestUserMetadataHeader: required requestOrganisationStructure left out",
        "/requestUserMetadataHeader: required requestUserStructure left out",
        "/requestUserMetadataHeader/requestOrganisationStructure: required organisationCode left out",
        "/requestUserMetadataHeader/requestOrganisationStructure: required organisationTypeIdentifier left out",
        "/requestUserMetadataHeader/requestUserStructure: required requestUserTypeIdentifier left out",
        "/requestUserMetadataHeader/requestUserStructure: required userFullName left out",
        "/requestUserMetadataHeader/requestUserStructure: required userIdentifier left out",
      ].sort(),
    );
  });
});

function propertiesOf(operation: { requestSchema: Record<string, unknown> }): Record<string, unknown> {
  const name = String(operation.requestSchema.$ref).split("/").at(-1)!;
  return ctx.spec.document.components.schemas[name]!.properties as Record<string, unknown>;
}
