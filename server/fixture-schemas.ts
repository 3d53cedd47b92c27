/**
 * Validators for case files, compiled once per process from the spec's own schemas (full format
 * checks, every violation reported).
 */
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import type { FixtureViolation } from "./fixture-error";
import { loadSpec } from "./spec";

export type CaseOperation = "GetFlexjob" | "GetFlexjobAllocation";

/** The wrapper key of a case file says which operation serves it. */
export const WRAPPER_KEYS = {
  GetFlexjob: "flexjobRequestResponseType",
  GetFlexjobAllocation: "flexjobAllocationResponseType",
} as const satisfies Record<CaseOperation, string>;

const RESPONSE_SCHEMAS: Record<CaseOperation, string> = {
  GetFlexjob: "FlexjobOfferResponse",
  GetFlexjobAllocation: "FlexjobAllocationResponse",
};

let compiled: Record<CaseOperation, ValidateFunction> | undefined;

function compile(): Record<CaseOperation, ValidateFunction> {
  // strict: false because an OpenAPI document carries keywords JSON Schema lacks (example, components).
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv, { mode: "full" });
  ajv.addSchema({ components: structuredClone(loadSpec().document.components) }, "flexjob.yaml");
  const get = (name: string): ValidateFunction =>
    ajv.compile({ $ref: `flexjob.yaml#/components/schemas/${name}` });
  return { GetFlexjob: get(RESPONSE_SCHEMAS.GetFlexjob), GetFlexjobAllocation: get(RESPONSE_SCHEMAS.GetFlexjobAllocation) };
}

/** Every way `body` breaks the spec's response schema of `operation` ([] when it is valid). */
export function caseViolations(operation: CaseOperation, body: unknown): FixtureViolation[] {
  compiled ??= compile();
  const validate = compiled[operation];
  if (validate(body)) return [];
  return (validate.errors ?? []).map(toViolation);
}

function toViolation(error: ErrorObject): FixtureViolation {
  const extra = error.params as { additionalProperty?: string };
  const pointer = extra.additionalProperty ? `${error.instancePath}/${extra.additionalProperty}` : error.instancePath;
  return { pointer, rule: `${error.message ?? "is invalid"} (${error.keyword})` };
}
