/**
 * Every example of the spec held to its schema: each media type's `example` and `examples` (of
 * request bodies and responses) and each schema's own `example`, with ajv set up as for the
 * generated validators; a Problem example also to its response's row of the error table.
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import { contractAjv, located, LOCATION } from "./contract-ajv";
import { ExampleError } from "./spec-examples";
import {
  eachOperation,
  refName,
  type ExampleObject,
  type MediaType,
  type Schema,
  type SpecDocument,
} from "./spec-document";

const escape = (token: string): string => token.replace(/~/g, "~0").replace(/\//g, "~1");

interface Shown {
  /** Where it is, e.g. `#/paths/~1Flexjob~1IsAlive/post/responses/200/content/application~1json/example`. */
  where: string;
  value: unknown;
  schema: Schema;
  /** The x-problem-kind of the response it shows. */
  kind?: string;
}

/** Throws an ExampleError naming every example that breaks its schema or its error table row. */
export function checkExamples(document: SpecDocument, files: ReadonlyMap<ExampleObject, string> = new Map()): void {
  const ajv = contractAjv(document);
  const compiled = new Map<Schema, ValidateFunction>();
  const validate = (schema: Schema): ValidateFunction => {
    const ref = schema.$ref;
    const found = typeof ref === "string" ? ajv.getSchema(ref) : (compiled.get(schema) ?? ajv.compile(schema));
    if (!found) throw new ExampleError([`schema ${String(ref)} is not defined`]);
    compiled.set(schema, found);
    return found;
  };
  const problems = shownExamples(document, files).flatMap((shown) => {
    const check = validate(shown.schema);
    if (!check(shown.value)) {
      const broken = (check.errors ?? []).map(violation).join(", ");
      return [`the example at ${shown.where} breaks ${schemaName(shown.schema)}: ${broken}`];
    }
    return shown.kind === undefined ? [] : rowProblems(document, shown);
  });
  if (problems.length > 0) throw new ExampleError(problems);
}

function shownExamples(document: SpecDocument, files: ReadonlyMap<ExampleObject, string>): Shown[] {
  const shown: Shown[] = [];
  const media = (at: string, content: Record<string, MediaType> | undefined, kind?: string): void => {
    for (const [type, { schema, example, examples }] of Object.entries(content ?? {})) {
      if (schema === undefined) continue;
      const where = `${at}/content/${escape(type)}`;
      if (example !== undefined) shown.push({ where: `${where}/example`, value: example, schema, kind });
      for (const [name, object] of Object.entries(examples ?? {})) {
        const file = files.get(object);
        const named = `${where}/examples/${escape(name)}${file === undefined ? "" : ` (${file})`}`;
        shown.push({ where: named, value: object.value, schema, kind });
      }
    }
  };
  for (const { method, path, raw } of eachOperation(document)) {
    const at = `#/paths/${escape(path)}/${method.toLowerCase()}`;
    media(`${at}/requestBody`, raw.requestBody?.content);
    for (const [status, response] of Object.entries(raw.responses ?? {}))
      if (response.$ref === undefined) media(`${at}/responses/${status}`, response.content, response["x-problem-kind"]);
  }
  for (const [name, response] of Object.entries(document.components.responses))
    media(`#/components/responses/${name}`, response.content, response["x-problem-kind"]);
  for (const [name, schema] of Object.entries(document.components.schemas))
    schemaExamples(schema, `#/components/schemas/${name}`, shown);
  return shown;
}

/** The schema's own `example`, and those of the schemas inside it. */
function schemaExamples(schema: Schema, where: string, shown: Shown[]): void {
  // Located, so that a violation names the rule's place in the spec as the generated validators do.
  if (schema.example !== undefined)
    shown.push({ where: `${where}/example`, value: schema.example, schema: located(schema, where) });
  for (const [key, child] of Object.entries((schema.properties ?? {}) as Record<string, Schema>))
    schemaExamples(child, `${where}/properties/${escape(key)}`, shown);
  if (typeof schema.items === "object" && schema.items !== null)
    schemaExamples(schema.items as Schema, `${where}/items`, shown);
}

/** A Problem example against its response's row of the error table. */
function rowProblems(document: SpecDocument, shown: Shown): string[] {
  const row = document["x-problem-kinds"][shown.kind!];
  if (row === undefined) return [];
  const body = (shown.value ?? {}) as Record<string, unknown>;
  const want: Record<string, unknown> = {
    type: `urn:flexjob-contract:problem:${shown.kind}`,
    title: row.title,
    status: row.status,
    errorCode: row.errorCode,
  };
  return Object.entries(want)
    .filter(([key, value]) => body[key] !== value)
    .map(
      ([key, value]) =>
        `the example at ${shown.where} has ${key} ${JSON.stringify(body[key])}, but its x-problem-kind ${shown.kind} gives ${JSON.stringify(value)}`,
    );
}

/** One violation as the generated validators report it: pointer, rule at its spec location, message. */
function violation(error: ErrorObject): string {
  const params = error.params as { additionalProperty?: string; missingProperty?: string };
  const property = params.additionalProperty ?? params.missingProperty;
  const pointer = property === undefined ? error.instancePath : `${error.instancePath}/${escape(property)}`;
  const located: unknown = error.parentSchema?.[LOCATION];
  const location = typeof located === "string" ? located : error.schemaPath;
  return `${pointer || "/"} [${error.keyword} at ${location}] ${error.message ?? error.keyword}`;
}

function schemaName(schema: Schema): string {
  return typeof schema.$ref === "string" ? refName(schema.$ref) : "its schema";
}
