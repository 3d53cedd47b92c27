/**
 * Valid request bodies synthesised from the spec: every optional element present (so every rule
 * of the request schema can be broken in a generated negative case), the caller's organisation
 * and the case id put where the operation reads them, and the result checked against the schema.
 */
import * as fc from "fast-check";
import type { CheckContext } from "./context";
import { formatViolation } from "./schemas";
import { deref, type OperationSpec, type Schema, type SpecDocument } from "./spec";

/** activeOrganisationHeader.organisationTypeIdentifier of a company (Virksomhed). */
const COMPANY_ORGANISATION_TYPE = 24;

const FORMAT_EXAMPLES: Record<string, string> = {
  uuid: "00000000-0000-4000-8000-000000000000",
  "date-time": "2025-03-01T10:00:00+01:00",
  date: "2025-03-01",
  email: "sandbox@example.dk",
};

/** A body that validates against the operation's request schema, for `caseId` when it reads one. */
export function validRequestBody(context: CheckContext, operation: OperationSpec, caseId?: string): unknown {
  const overrides = new Map<string, unknown>([
    ["/activeOrganisationHeader/organisationCode", context.options.organisation],
    ["/activeOrganisationHeader/organisationTypeIdentifier", COMPANY_ORGANISATION_TYPE],
    ["/getCaseElementRequestType/caseElementIdentifier", caseId ?? context.options.missingCase],
  ]);
  const body = synthesise(context.spec.document, operation.requestSchema, "", overrides);
  const violations = context.schemas.request(operation)(body);
  if (violations.length > 0) {
    const broken = violations.map(formatViolation).join(", ");
    throw new Error(`cannot build a valid ${operation.operationId} body from the spec and options: ${broken}`);
  }
  return body;
}

/** The JSON pointer of `key` under `parent`. */
export function childPointer(parent: string, key: string): string {
  return `${parent}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

function synthesise(
  document: SpecDocument,
  raw: Schema,
  pointer: string,
  overrides: ReadonlyMap<string, unknown>,
): unknown {
  if (overrides.has(pointer)) return overrides.get(pointer);
  const schema = deref(document, raw);
  switch (schema.type) {
    case "object": {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      return Object.fromEntries(
        Object.entries(properties).map(([key, child]) => [
          key,
          synthesise(document, child, childPointer(pointer, key), overrides),
        ]),
      );
    }
    case "array":
      return [synthesise(document, schema.items as Schema, `${pointer}/0`, overrides)];
    case "string":
      return exampleString(schema);
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? schema.minimum : 1;
    case "boolean":
      return true;
    default:
      return null;
  }
}

function exampleString(schema: Schema): string {
  if (typeof schema.example === "string") return schema.example;
  if (typeof schema.format === "string" && schema.format in FORMAT_EXAMPLES) return FORMAT_EXAMPLES[schema.format]!;
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : Infinity;
  if (typeof schema.pattern === "string") {
    const matching = fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= min && s.length <= max);
    return fc.sample(matching, { seed: 1, numRuns: 1 })[0]!;
  }
  return "sandbox".padEnd(Math.max(min, 1), "x").slice(0, max);
}
