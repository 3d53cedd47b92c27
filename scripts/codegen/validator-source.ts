/**
 * generated/validators.js (with its .d.ts): ajv's standalone code for every request body, every
 * 200 body (which are also the case files) and Problem, so that nothing compiles a schema at run
 * time and no `new Function` runs (validation works under a Content-Security-Policy without
 * 'unsafe-eval'). The few helpers ajv's code requires at run time (ajv-formats' format checks,
 * ajv's ucs2length) are bundled in by esbuild, so that the module requires no package at all and
 * flexjob-contract/client/validate adds no dependency to the client package.
 *
 * The ajv setup (contract-ajv.ts) is the one the server, client and checker shared, and the one
 * codegen checks the spec's examples with.
 */
import { _ } from "ajv";
import standaloneCode from "ajv/dist/standalone";
import { buildSync } from "esbuild";
import path from "node:path";
import { contractAjv, LOCATION } from "./contract-ajv";
import { operationRows } from "./contract-source";
import type { SpecDocument } from "./spec-document";

/** The schemas the runtime validates: request and 200 bodies of every operation, and Problem. */
export function validatedSchemas(document: SpecDocument): string[] {
  const names = operationRows(document).flatMap((o) => [o.requestSchema, o.responseSchema]);
  return [...new Set([...names, "Problem"])].sort();
}

function standaloneSource(document: SpecDocument, names: readonly string[]): string {
  const ajv = contractAjv(document, {
    // One function per component schema instead of a copy at every use: a third less code.
    inlineRefs: false,
    code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
  });
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
