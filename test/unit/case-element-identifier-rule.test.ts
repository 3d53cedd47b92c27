/**
 * The caseElementIdentifier rule is written once, in the spec: codegen reads it from every case
 * wrapper into generated/contract.ts, and the client and the checker take it from there.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { load } from "js-yaml";
import { parseCommand, UsageError } from "../../checker/options";
import { checkCaseElementIdentifier } from "../../client/case-element-identifier";
import { CASE_ELEMENT_IDENTIFIER_RULE, isCaseElementIdentifier } from "../../generated/contract";
import { caseIdentifierRule, renderCaseIdentifierRule } from "../../scripts/codegen/case-identifier-source";
import { operationRows } from "../../scripts/codegen/contract-source";
import type { Schema, SpecDocument } from "../../scripts/codegen/spec-document";

const specText = readFileSync(path.join(__dirname, "..", "..", "spec", "flexjob.yaml"), "utf8");
const spec = () => load(specText) as SpecDocument;
const caseSchema = (document: SpecDocument, name: string): Schema =>
  (document.components.schemas[name]!.properties as Record<string, Schema>).caseElementIdentifier!;
const ruleOf = (document: SpecDocument) => caseIdentifierRule(document, operationRows(document));

describe("caseElementIdentifier", () => {
  describe("the generated rule", () => {
    it("is the spec's type and format, stated where the spec states it", () => {
      const stated = caseSchema(spec(), "GetCaseElementRequestType");
      expect(stated).toEqual({ type: "string", format: "uuid" });
      expect(CASE_ELEMENT_IDENTIFIER_RULE).toMatchObject({
        location: "#/components/schemas/GetCaseElementRequestType/properties/caseElementIdentifier",
        type: "string",
        format: "uuid",
        pattern: null,
      });
    });

    it.each([
      { given: "11111111-1111-4111-8111-111111111111", want: true },
      { given: "ABCDEF01-2345-6789-ABCD-EF0123456789", want: true },
      { given: "urn:uuid:11111111-1111-4111-8111-111111111111", want: false },
      { given: "11111111-1111-4111-8111-11111111111", want: false },
      { given: "11111111111141118111111111111111", want: false },
      { given: " 11111111-1111-4111-8111-111111111111", want: false },
      { given: 11111111, want: false },
    ])("holds $given a caseElementIdentifier: $want", ({ given, want }) => {
      expect(isCaseElementIdentifier(given)).toBe(want);
    });
  });

  describe("codegen", () => {
    it("adds the spec's own pattern to the format's", () => {
      const document = spec();
      for (const name of ["GetCaseElementRequestType", "FlexjobOfferResponseType", "FlexjobAllocationResponseType"])
        caseSchema(document, name).pattern = "^1";
      const rule = ruleOf(document);
      expect(rule).toMatchObject({ format: "uuid", pattern: "^1" });
      expect(renderCaseIdentifierRule(rule)).toContain(
        "patterns: [/^1/u, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i],",
      );
    });

    it("stops when two case wrappers state different rules, naming both", () => {
      const document = spec();
      caseSchema(document, "FlexjobAllocationResponseType").pattern = "^1";
      expect(() => ruleOf(document)).toThrow(
        "#/components/schemas/GetCaseElementRequestType/properties/caseElementIdentifier and " +
          "#/components/schemas/FlexjobAllocationResponseType/properties/caseElementIdentifier state different rules",
      );
    });

    it("stops on a format it has no textual form for", () => {
      const document = spec();
      caseSchema(document, "GetCaseElementRequestType").format = "uri";
      expect(() => ruleOf(document)).toThrow(
        "#/components/schemas/GetCaseElementRequestType/properties/caseElementIdentifier has format uri, which codegen has no textual form for",
      );
    });
  });

  describe("its users", () => {
    const urn = "urn:uuid:11111111-1111-4111-8111-111111111111";

    it("the client refuses what the rule refuses, before any request", () => {
      expect(() => checkCaseElementIdentifier(urn)).toThrow(/^caseElementIdentifier must be a UUID/);
      expect(checkCaseElementIdentifier("11111111-1111-4111-8111-111111111111")).toBe(
        "11111111-1111-4111-8111-111111111111",
      );
    });

    it("the checker's case options refuse what the rule refuses", () => {
      const parse = () => parseCommand(["--base-url", "http://127.0.0.1:1", "--missing-case", urn]);
      expect(parse).toThrow(new UsageError(`--missing-case must be a uuid; got ${JSON.stringify(urn)}`));
    });
  });
});
