/**
 * The contract as the checker reads it: spec/flexjob.yaml (found as the server finds it, from
 * source or from dist/), reduced to what the checks need per operation: path, method, request
 * schema and documented responses.
 */
import { readFileSync } from "node:fs";
import { load } from "js-yaml";
import { findSpecFile } from "../../server/spec";

export type Schema = Record<string, unknown>;

export interface SpecDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components: { schemas: Record<string, Schema>; responses?: Record<string, RawResponse> };
}

interface RawOperation {
  operationId?: string;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, RawResponse | { $ref: string }>;
}

interface RawResponse {
  content?: Record<string, { schema?: Schema }>;
}

/** One operation of the spec, as the checks use it. */
export interface OperationSpec {
  operationId: string;
  path: string;
  /** Upper-case, as in an `Allow` header. */
  method: string;
  /** The application/json request body schema ($refs unresolved). */
  requestSchema: Schema;
  /** Documented status keys ("200", "4XX", "default") → media type → schema (if any). */
  responses: Record<string, Record<string, Schema | undefined>>;
}

export interface LoadedSpec {
  file: string;
  document: SpecDocument;
  operations: OperationSpec[];
}

export function loadSpec(file: string = findSpecFile()): LoadedSpec {
  const document = load(readFileSync(file, "utf8")) as SpecDocument;
  return { file, document, operations: readOperations(document) };
}

function readOperations(document: SpecDocument): OperationSpec[] {
  const operations: OperationSpec[] = [];
  for (const [opPath, item] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      const requestSchema = raw.requestBody?.content?.["application/json"]?.schema;
      if (!raw.operationId || !requestSchema) continue;
      const responses = Object.fromEntries(
        Object.entries(raw.responses ?? {}).map(([status, r]) => [status, mediaTypes(document, r)]),
      );
      operations.push({
        operationId: raw.operationId,
        path: opPath,
        method: method.toUpperCase(),
        requestSchema,
        responses,
      });
    }
  }
  return operations;
}

function mediaTypes(
  document: SpecDocument,
  response: RawResponse | { $ref: string },
): Record<string, Schema | undefined> {
  const resolved = "$ref" in response ? document.components.responses?.[refName(response.$ref)] : response;
  if (!resolved) throw new Error(`spec: response ${(response as { $ref: string }).$ref} is not defined`);
  return Object.fromEntries(Object.entries(resolved.content ?? {}).map(([type, media]) => [type, media.schema]));
}

/** "#/components/responses/BadRequest" → "BadRequest". */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf("/") + 1);
}

/** The schema itself, following a "#/components/schemas/..." $ref. */
export function deref(document: SpecDocument, schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== "string") return schema;
  const target = document.components.schemas[refName(ref)];
  if (!target) throw new Error(`spec: schema ${ref} is not defined`);
  return deref(document, target);
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
