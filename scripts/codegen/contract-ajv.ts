/**
 * The ajv setup the generated validators are compiled with, shared by codegen's own checks of the
 * spec's examples: every violation reported, full format checks (30 February is no date-time;
 * int32 and double known), strict mode kept on with OpenAPI's annotation keywords declared. Every
 * schema object carries its spec location as the annotation `x-location`, so that a violation
 * names the rule and where the spec states it.
 */
import Ajv, { type Options } from "ajv";
import addFormats from "ajv-formats";
import type { Schema, SpecDocument } from "./spec-document";

const OPENAPI_ANNOTATIONS = ["example", "xml", "externalDocs"];
export const LOCATION = "x-location";
/** The spec's own annotations: which elements carry personal data (a proxy's recording replaces them). */
const SPEC_ANNOTATIONS = ["x-personal-data"];

const escape = (token: string): string => token.replace(/~/g, "~0").replace(/\//g, "~1");

/** A copy of `schema` with it and every schema inside annotated with its JSON pointer. */
export function located(schema: Schema, pointer: string): Schema {
  const out: Schema = { ...schema, [LOCATION]: pointer };
  const sub = (child: unknown, at: string): unknown =>
    typeof child === "object" && child !== null && !Array.isArray(child) ? located(child as Schema, at) : child;
  if (schema.properties) {
    const properties = schema.properties as Record<string, Schema>;
    out.properties = Object.fromEntries(
      Object.entries(properties).map(([key, child]) => [key, sub(child, `${pointer}/properties/${escape(key)}`)]),
    );
  }
  for (const key of ["items", "additionalProperties", "not"]) {
    if (key in schema) out[key] = sub(schema[key], `${pointer}/${key}`);
  }
  for (const key of ["allOf", "anyOf", "oneOf"]) {
    if (Array.isArray(schema[key]))
      out[key] = (schema[key] as unknown[]).map((child, i) => sub(child, `${pointer}/${key}/${i}`));
  }
  return out;
}

/** An ajv holding every component schema, located, under its `#/components/schemas/Name` id. */
export function contractAjv(document: SpecDocument, options: Options = {}): Ajv {
  // Errors carry their parentSchema, whose x-location names the broken rule's place in the spec.
  const ajv = new Ajv({ allErrors: true, strict: true, verbose: true, ...options });
  addFormats(ajv, { mode: "full" });
  ajv.addVocabulary([...OPENAPI_ANNOTATIONS, ...SPEC_ANNOTATIONS, LOCATION]);
  for (const [name, schema] of Object.entries(document.components.schemas))
    ajv.addSchema(located(schema, `#/components/schemas/${name}`), `#/components/schemas/${name}`);
  return ajv;
}
