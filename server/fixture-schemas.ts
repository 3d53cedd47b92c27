/**
 * Validators for case files, compiled once per process from the spec's own schemas (full format
 * checks, every violation reported).
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import type { FixtureViolation } from "./fixture-error";
import { loadSpec } from "./spec";
import { addSpecComponents, componentRef, createSpecAjv } from "./spec-ajv";

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
  const ajv = addSpecComponents(createSpecAjv(), loadSpec().document.components);
  const get = (name: string): ValidateFunction => ajv.compile({ $ref: componentRef(name) });
  return {
    GetFlexjob: get(RESPONSE_SCHEMAS.GetFlexjob),
    GetFlexjobAllocation: get(RESPONSE_SCHEMAS.GetFlexjobAllocation),
  };
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
