/**
 * Run-time check of a successful body against the spec (generated/flexjob.openapi.json, the JSON
 * copy of spec/flexjob.yaml). Loaded only when `validateResponses` is on (see load-validator.ts);
 * each operation's schema is compiled once, on its first use.
 *
 * Strict mode stays on: the OpenAPI words that are not JSON Schema (`example`, the `components`
 * container) are registered instead; ajv-formats already knows OpenAPI's int32 and double.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import specJson from "../generated/flexjob.openapi.json";
import type { ContractViolation } from "./response-validation-error";
import type { OperationId } from "./types";

const SPEC_ID = "flexjob.openapi.json";

interface SpecShape {
  components: Record<string, unknown>;
  paths: Record<
    string,
    {
      post: {
        operationId: string;
        responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }>;
      };
    }
  >;
}

// The JSON is codegen output of a spec that redocly lints and the fidelity test reads; its shape is fixed.
const spec = specJson as unknown as SpecShape;
const compiled = new Map<OperationId, ValidateFunction>();
let ajv: Ajv | undefined;
let locations: WeakMap<object, string> | undefined;

/** Every violation of the operation's 200 schema by `body`; empty when it conforms. */
export function findViolations(operationId: OperationId, body: unknown): ContractViolation[] {
  const validate = validatorFor(operationId);
  return validate(body) ? [] : (validate.errors ?? []).map(toViolation);
}

function validatorFor(operationId: OperationId): ValidateFunction {
  let validate = compiled.get(operationId);
  if (!validate) {
    validate = createAjv().compile({ $ref: `${SPEC_ID}${successSchemaRef(operationId)}` });
    compiled.set(operationId, validate);
  }
  return validate;
}

function createAjv(): Ajv {
  if (ajv) return ajv;
  // verbose: errors carry their parentSchema, which locateSchemas() maps back to a spec pointer.
  ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
  addFormats(ajv);
  ajv.addKeyword("example");
  ajv.addKeyword("components");
  ajv.addSchema({ $id: SPEC_ID, components: spec.components });
  return ajv;
}

/** The `$ref` of the operation's 200 application/json schema, found in the spec by operationId. */
function successSchemaRef(operationId: OperationId): string {
  const operation = Object.values(spec.paths).find((item) => item.post.operationId === operationId);
  const ref = operation?.post.responses["200"]?.content?.["application/json"]?.schema.$ref;
  if (ref === undefined) throw new Error(`the spec has no 200 application/json schema for ${operationId}`);
  return ref;
}

function toViolation(error: ErrorObject): ContractViolation {
  const params = error.params as { additionalProperty?: string; missingProperty?: string };
  const property = params.additionalProperty ?? params.missingProperty;
  const pointer = property === undefined ? error.instancePath : `${error.instancePath}/${escapePointer(property)}`;
  locations ??= locateSchemas(spec.components, "#/components");
  const where = (error.parentSchema && locations.get(error.parentSchema)) ?? error.schemaPath;
  return { pointer, rule: `${error.keyword} at ${where}`, message: error.message ?? error.keyword };
}

/** Every schema object of the spec's components mapped to its JSON pointer (ajv reports paths relative to a $ref target). */
function locateSchemas(node: unknown, pointer: string, into = new WeakMap<object, string>()): WeakMap<object, string> {
  if (typeof node !== "object" || node === null) return into;
  into.set(node, pointer);
  for (const [key, child] of Object.entries(node)) locateSchemas(child, `${pointer}/${escapePointer(key)}`, into);
  return into;
}

function escapePointer(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
