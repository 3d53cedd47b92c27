/**
 * The checker's view of the spec: every schema compiles in ajv's strict mode (the OpenAPI 3.0
 * vocabulary registered), formats are checked in full, and a violation names its pointer and rule.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createSchemaBook, formatViolation, violationsOf } from "../../scripts/contract-check/schemas";
import { createSpecAjv } from "../../server/spec-ajv";
import { documentedKey, loadSpec, operationById } from "../../scripts/contract-check/spec";

const spec = loadSpec();
const book = createSchemaBook(spec);
const allocation = operationById(spec, "GetFlexjobAllocation");

function sandboxBody(file: string): { flexjobAllocationResponseType: { flexjobAllocation: Record<string, unknown> } } {
  return JSON.parse(readFileSync(path.join(__dirname, "..", "..", "server", "sandbox", file), "utf8"));
}

function violations(body: unknown): string[] {
  const validate = book.response(allocation, "200", "application/json")!;
  validate(body);
  return violationsOf(validate.errors).map(formatViolation);
}

describe("the checker's schemas", () => {
  it("compile every documented response and request schema in strict mode", () => {
    for (const operation of spec.operations) {
      expect(book.request(operation)).toEqual(expect.any(Function));
      for (const [status, media] of Object.entries(operation.responses)) {
        for (const type of Object.keys(media))
          expect(book.response(operation, status, type)).toEqual(expect.any(Function));
      }
    }
  });

  it("accept a sandbox allocation body", () => {
    expect(violations(sandboxBody("case-3-allocation.json"))).toEqual([]);
  });

  it("report an int32 out of range and an impossible date-time with pointer and rule", () => {
    const body = sandboxBody("case-3-allocation.json");
    Object.assign(body.flexjobAllocationResponseType.flexjobAllocation, {
      workLoad: 2 ** 31,
      startDate: "2025-02-30T00:00:00Z",
    });
    expect(violations(body)).toEqual([
      '/flexjobAllocationResponseType/flexjobAllocation/workLoad [format] must match format "int32"',
      '/flexjobAllocationResponseType/flexjobAllocation/startDate [format] must match format "date-time"',
    ]);
  });

  it("name the undocumented property", () => {
    const body = { ...sandboxBody("case-4-allocation.json"), note: 1 };
    expect(violations(body)).toEqual(["/ [additionalProperties] must NOT have additional properties (note)"]);
  });

  it("reject unknown keywords rather than ignore them (strict mode stays on)", () => {
    expect(() => createSpecAjv().compile({ type: "string", nullabel: true })).toThrow(/unknown keyword: "nullabel"/);
  });

  it("match statuses to the documented response keys", () => {
    expect(documentedKey(allocation, 409)).toBe("409");
    expect(documentedKey(allocation, 422)).toBeUndefined();
  });
});
