/**
 * The checker's view of the spec: every documented request and response schema has a precompiled
 * validator, formats are checked in full, and a violation names its pointer and rule.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createSchemaBook, formatViolation } from "../../checker/schemas";
import { documentedKey, loadSpec, operationById } from "../../checker/spec";

const spec = loadSpec();
const book = createSchemaBook();
const allocation = operationById(spec, "GetFlexjobAllocation");

function sandboxBody(file: string): { flexjobAllocationResponseType: { flexjobAllocation: Record<string, unknown> } } {
  return JSON.parse(readFileSync(path.join(__dirname, "..", "..", "server", "sandbox", "cases", file), "utf8"));
}

function violations(body: unknown): string[] {
  return book.response(allocation, "200", "application/json")!(body).map(formatViolation);
}

describe("the checker's schemas", () => {
  it("have a validator for every documented response and request schema", () => {
    for (const operation of spec.operations) {
      expect(book.request(operation)({})).toEqual(expect.any(Array));
      for (const [status, media] of Object.entries(operation.responses)) {
        for (const type of Object.keys(media))
          expect(book.response(operation, status, type)!({})).toEqual(expect.any(Array));
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
      '/flexjobAllocationResponseType/flexjobAllocation/workLoad [format at #/components/schemas/FlexjobAllocationType/properties/workLoad] must match format "int32"',
      '/flexjobAllocationResponseType/flexjobAllocation/startDate [format at #/components/schemas/FlexjobAllocationType/properties/startDate] must match format "date-time"',
    ]);
  });

  it("name the undocumented property", () => {
    const body = { ...sandboxBody("case-4-allocation.json"), note: 1 };
    expect(violations(body)).toEqual([
      "/note [additionalProperties at #/components/schemas/FlexjobAllocationResponse] must NOT have additional properties",
    ]);
  });

  it("match statuses to the documented response keys", () => {
    expect(documentedKey(allocation, 409)).toBe("409");
    expect(documentedKey(allocation, 422)).toBeUndefined();
  });
});
