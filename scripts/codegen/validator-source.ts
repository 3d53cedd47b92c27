/**
 * generated/validators.js (with its .d.ts): ajv's standalone code for every request body, every
 * 200 body (which are also the case files) and Problem, so that nothing compiles a schema at run
 * time and no `new Function` runs (validation works under a Content-Security-Policy without
 * 'unsafe-eval'). The few helpers ajv's code requires at run time (ajv-formats' format checks,
 * ajv's ucs2length) are bundled in by esbuild, so that the module requires no package at all and
 * flexjob-contract/client/validate adds no dependency to the client package.
 *
 * The setup is the one the server, client and checker shared: every violation reported, full
 * format checks (30 February is no date-time; int32 and double known), strict mode kept on with
 * OpenAPI's annotation keywords declared. Every schema object carries its spec location as the
 * annotation `x-location`, so that a violation names the rule and where the spec states it.
 */
import Ajv, { _ } from "ajv";
import addFormats from "ajv-formats";
import standaloneCode from "ajv/dist/standalone";
import { buildSync } from "esbuild";
import path from "node:path";
import { operationRows } from "./contract-source";
import type { Schema, SpecDocument } from "./spec-document";

const OPENAPI_ANNOTATIONS = ["example", "xml", "externalDocs"];
const LOCATION = "x-location";
/** The spec's own annotation: which elements carry personal data (the proxy's recording replaces them). */
const PERSONAL_DATA = "x-personal-data";

/** The schemas the runtime validates: request and 200 bodies of every operation, and Problem. */
export function validatedSchemas(document: SpecDocument): string[] {
  const names = operationRows(document).flatMap((o) => [o.requestSchema, o.responseSchema]);
  return [...new Set([...names, "Problem"])].sort();
}

const escape = (token: string): string => token.replace(/~/g, "~0").replace(/\//g, "~1");

/** A copy of `schema` with it and every schema inside annotated with its JSON pointer. */
function located(schema: Schema, pointer: string): Schema {
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

function standaloneSource(document: SpecDocument, names: readonly string[]): string {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    // Errors carry their parentSchema, whose x-location names the broken rule's place in the spec.
    verbose: true,
    // One function per component schema instead of a copy at every use: a third less code.
    inlineRefs: false,
    code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
  });
  addFormats(ajv, { mode: "full" });
  ajv.addVocabulary([...OPENAPI_ANNOTATIONS, LOCATION, PERSONAL_DATA]);
  for (const [name, schema] of Object.entries(document.components.schemas))
    ajv.addSchema(located(schema, `#/components/schemas/${name}`), `#/components/schemas/${name}`);
  return standaloneCode(ajv, Object.fromEntries(names.map((name) => [name, `#/components/schemas/${name}`])));
}

/** Turns ajv's errors into violations; written out after the standalone code. */
const VIOLATIONS = `
function escapePointer(token) {
  return token.replace(/~/g, "~0").replace(/\\//g, "~1");
}

function toViolation(error) {
  const params = error.params || {};
  const property = params.additionalProperty !== undefined ? params.additionalProperty : params.missingProperty;
  const pointer = property === undefined ? error.instancePath : error.instancePath + "/" + escapePointer(String(property));
  const where = (error.parentSchema && error.parentSchema["${LOCATION}"]) || error.schemaPath;
  const allowed = error.keyword === "enum" ? " (" + JSON.stringify(params.allowedValues) + ")" : "";
  return { pointer, rule: error.keyword + " at " + where, message: (error.message || error.keyword) + allowed };
}

const byName = Object.assign(Object.create(null), exports);

/** Every violation of the named schema by value; [] when it conforms. */
exports.violationsOf = function violationsOf(schema, value) {
  const validate = byName[schema];
  if (typeof validate !== "function") throw new Error("no precompiled validator for " + schema);
  return validate(value) ? [] : (validate.errors || []).map(toViolation);
};
`;

/** Both MIT-licensed; their notices travel with the file. */
const BUNDLED_NOTICE = `// Bundled in: ajv's runtime/ucs2length and ajv-formats' formats (MIT, (c) Evgeny Poberezkin and contributors).
`;

/** The standalone code with the helpers it requires inlined (one CommonJS module, not minified). */
function withHelpersBundled(source: string): string {
  const root = path.resolve(__dirname, "..", "..");
  const result = buildSync({
    stdin: { contents: source, resolveDir: root, loader: "js" },
    // The bundled helpers are named by their path from the checkout, wherever it and its
    // node_modules (a symlink, say) really are, so that the output depends on the spec alone.
    absWorkingDir: root,
    preserveSymlinks: true,
    bundle: true,
    format: "cjs",
    platform: "neutral",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

export function renderValidators(document: SpecDocument, header: string): string {
  const names = validatedSchemas(document);
  return `${header}${BUNDLED_NOTICE}${withHelpersBundled(`${standaloneSource(document, names)}\n${VIOLATIONS}`)}`;
}

export function renderValidatorTypes(document: SpecDocument, header: string): string {
  const names = validatedSchemas(document);
  return `${header}
import type { Violation } from "./contract";

/** The schemas with a precompiled validator: every request body, every 200 body and Problem. */
export type ValidatedSchema = ${names.map((n) => JSON.stringify(n)).join(" | ")};

/** Every violation of the named schema by value; [] when it conforms. No schema is compiled at run time. */
export declare function violationsOf(schema: ValidatedSchema, value: unknown): Violation[];
`;
}
