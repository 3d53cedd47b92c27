/**
 * The spec's schemas compiled once with the server's ajv setup for them (createSpecAjv: every
 * violation, full format checks, strict mode with OpenAPI's annotation keywords declared).
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import { createSpecAjv } from "../../server/spec-ajv";
import type { LoadedSpec, OperationSpec, Schema } from "./spec";

const SPEC_ID = "urn:flexjob-contract:spec";

/** One broken rule: where (a JSON pointer into the body) and which rule. */
export interface Violation {
  pointer: string;
  rule: string;
  message: string;
}

export interface SchemaBook {
  /** The response schema for (status key, media type), compiled on first use and kept. */
  response(operation: OperationSpec, statusKey: string, mediaType: string): ValidateFunction | undefined;
  /** The operation's request body schema. */
  request(operation: OperationSpec): ValidateFunction;
  /** A schema of components.schemas by name, e.g. "Problem". */
  named(name: string): ValidateFunction;
}

/** Compiles the spec's components once; every schema is then looked up, never recompiled. */
export function createSchemaBook(spec: LoadedSpec): SchemaBook {
  const ajv = createSpecAjv();
  ajv.addSchema({ $id: SPEC_ID, $defs: absoluteRefs(spec.document.components.schemas) });
  const cache = new Map<Schema, ValidateFunction>();
  const compile = (schema: Schema): ValidateFunction => {
    let validate = cache.get(schema);
    if (!validate) {
      validate = ajv.compile(absoluteRefs(schema));
      cache.set(schema, validate);
    }
    return validate;
  };
  return {
    response: (operation, statusKey, mediaType) => {
      const schema = operation.responses[statusKey]?.[mediaType];
      return schema ? compile(schema) : undefined;
    },
    request: (operation) => compile(operation.requestSchema),
    named: (name) => {
      const schema = spec.document.components.schemas[name];
      if (!schema) throw new Error(`spec: no schema ${name} in components.schemas`);
      return compile(schema);
    },
  };
}

/** "#/components/schemas/X" → an absolute ref into the compiled spec, so any schema can refer to any other. */
function absoluteRefs<T>(value: T): T {
  if (Array.isArray(value)) return value.map(absoluteRefs) as T;
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] =
      key === "$ref" && typeof child === "string"
        ? child.replace("#/components/schemas/", `${SPEC_ID}#/$defs/`)
        : absoluteRefs(child);
  }
  return out as T;
}

/** ajv's errors as violations: a JSON pointer and the rule with its parameter. */
export function violationsOf(errors: readonly ErrorObject[] | null | undefined): Violation[] {
  return (errors ?? []).map((e) => {
    const pointer = e.instancePath === "" ? "/" : e.instancePath;
    const detail = ruleDetail(e);
    return { pointer, rule: e.keyword, message: `${e.message ?? "is invalid"}${detail}` };
  });
}

function ruleDetail(e: ErrorObject): string {
  const params = e.params as Record<string, unknown>;
  if (e.keyword === "additionalProperties") return ` (${String(params.additionalProperty)})`;
  if (e.keyword === "enum") return ` (${JSON.stringify(params.allowedValues)})`;
  return "";
}

export function formatViolation(v: Violation): string {
  return `${v.pointer} [${v.rule}] ${v.message}`;
}
