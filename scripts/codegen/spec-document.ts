/**
 * The parts of the OpenAPI document codegen reads to write the runtime contract, and the lookups
 * over them. A document that lacks what the contract needs stops codegen with a message naming
 * the element.
 */
export type Schema = Record<string, unknown>;

/** A media type object: its schema and the examples it shows (OpenAPI's `example` or `examples`). */
export interface MediaType {
  schema?: Schema;
  example?: unknown;
  examples?: Record<string, ExampleObject>;
}

export interface ExampleObject {
  summary?: string;
  description?: string;
  value?: unknown;
}

export interface MediaTypes {
  content?: Record<string, MediaType>;
}

export interface RawResponse extends MediaTypes {
  $ref?: string;
  "x-problem-kind"?: string;
}

export interface RawOperation {
  operationId?: string;
  requestBody?: MediaTypes;
  responses?: Record<string, RawResponse>;
}

export interface ProblemKindRow {
  status: number;
  errorCode?: number;
  title: string;
}

export interface SpecDocument {
  info: { title: string; version: string };
  paths: Record<string, Record<string, RawOperation>>;
  components: {
    schemas: Record<string, Schema>;
    responses: Record<string, RawResponse>;
    parameters: { XRequestId: { name: string; schema: { minLength: number; maxLength: number } } };
  };
  "x-problem-kinds": Record<string, ProblemKindRow>;
  "x-max-body-bytes": number;
  "x-cpr-shaped": { pattern: string; placeholder: string };
}

export class SpecShapeError extends Error {
  override readonly name = "SpecShapeError";
}

/** "#/components/schemas/X" → "X". */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf("/") + 1);
}

/** The schema itself, following "#/components/schemas/..." $refs. */
export function deref(document: SpecDocument, schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== "string") return schema;
  const target = document.components.schemas[refName(ref)];
  if (!target) throw new SpecShapeError(`schema ${ref} is not defined`);
  return deref(document, target);
}

/** The response object itself, following a "#/components/responses/..." $ref. */
export function resolveResponse(document: SpecDocument, response: RawResponse): RawResponse {
  if (response.$ref === undefined) return response;
  const target = document.components.responses[refName(response.$ref)];
  if (!target) throw new SpecShapeError(`response ${response.$ref} is not defined`);
  return target;
}

/** The component name of the application/json schema of a request body or response. */
export function jsonSchemaName(media: MediaTypes | undefined, where: string): string {
  const ref = media?.content?.["application/json"]?.schema?.$ref;
  if (typeof ref !== "string") throw new SpecShapeError(`${where} has no application/json schema $ref`);
  return refName(ref);
}

/** Every operation of the document with its upper-case method and path. */
export function eachOperation(document: SpecDocument): { method: string; path: string; raw: RawOperation }[] {
  const methods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => methods.has(method))
      .map(([method, raw]) => ({ method: method.toUpperCase(), path, raw })),
  );
}
