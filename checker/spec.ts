/**
 * The contract as the checker reads it, all from generated/: the operation table (method, path,
 * case wrappers, documented errors) and the spec's JSON copy for the schemas requests are built
 * from and the documented media types, per operation.
 */
import { OPERATIONS, SPEC, type OperationId } from "../generated/contract";
import specJson from "../generated/flexjob.openapi.json";

export type Schema = Record<string, unknown>;

export interface SpecDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components: { schemas: Record<string, Schema>; responses?: Record<string, RawResponse> };
}

interface RawOperation {
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, RawResponse | { $ref: string }>;
}

interface RawResponse {
  content?: Record<string, { schema?: Schema }>;
}

/** One operation of the spec, as the checks use it. */
export interface OperationSpec {
  operationId: OperationId;
  path: string;
  /** Upper-case, as in an `Allow` header. */
  method: string;
  /** The application/json request body schema ($refs unresolved). */
  requestSchema: Schema;
  /** Documented status keys ("200", "4XX", "default") → media type → schema (if any). */
  responses: Record<string, Record<string, Schema | undefined>>;
  /** The operation's row of the generated operation table. */
  row: (typeof OPERATIONS)[OperationId];
}

export interface LoadedSpec {
  /** Where the contract comes from, e.g. `spec/flexjob.yaml`. */
  file: string;
  /** The spec's info.version, e.g. `1 (2025-1)`. */
  version: string;
  document: SpecDocument;
  operations: OperationSpec[];
}

// The JSON is codegen output of a spec that redocly lints; its shape is the OpenAPI document's.
const document = specJson as unknown as SpecDocument;

export function loadSpec(): LoadedSpec {
  return { file: SPEC.file, version: SPEC.version, document, operations: readOperations() };
}

function readOperations(): OperationSpec[] {
  return Object.values(OPERATIONS).map((row) => {
    const raw = document.paths[row.path]![row.method.toLowerCase()]!;
    const responses = Object.fromEntries(
      Object.entries(raw.responses ?? {}).map(([status, r]) => [status, mediaTypes(r)]),
    );
    const requestSchema = { $ref: `#/components/schemas/${row.requestSchema}` };
    return { operationId: row.operationId, path: row.path, method: row.method, requestSchema, responses, row };
  });
}

function mediaTypes(response: RawResponse | { $ref: string }): Record<string, Schema | undefined> {
  const resolved = "$ref" in response ? document.components.responses?.[refName(response.$ref)] : response;
  if (!resolved) throw new Error(`spec: response ${(response as { $ref: string }).$ref} is not defined`);
  return Object.fromEntries(Object.entries(resolved.content ?? {}).map(([type, media]) => [type, media.schema]));
}

/** "#/components/responses/BadRequest" → "BadRequest". */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf("/") + 1);
}

/** The schema itself, following a "#/components/schemas/..." $ref. */
export function deref(spec: SpecDocument, schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== "string") return schema;
  const target = spec.components.schemas[refName(ref)];
  if (!target) throw new Error(`spec: schema ${ref} is not defined`);
  return deref(spec, target);
}

/** Whether `status` is documented by one of the operation's response keys. */
export function documentedKey(operation: OperationSpec, status: number): string | undefined {
  const keys = [String(status), `${String(status)[0]}XX`, "default"];
  return keys.find((key) => key in operation.responses);
}

export function operationById(spec: LoadedSpec, operationId: string): OperationSpec {
  const operation = spec.operations.find((o) => o.operationId === operationId);
  if (!operation) throw new Error(`spec: no operation ${operationId}`);
  return operation;
}
