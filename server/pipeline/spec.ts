/**
 * The spec at run time, for express-openapi-validator (which takes the document) and for
 * GET /openapi.yaml|json. The document is codegen's JSON copy of spec/flexjob.yaml (the same
 * document, drift-checked), which parses in a fraction of the YAML's time; the YAML's text is read
 * as it is, found by walking up from this file so that it is found from server/ (tsx) and from
 * dist/server/ (built) alike. Read once per process.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import specJson from "../../generated/flexjob.openapi.json";

/**
 * The OpenAPI document, which only express-openapi-validator and GET /openapi.yaml|json read;
 * everything else takes the contract from generated/.
 */
export type SpecDocument = Record<string, unknown>;

export interface LoadedSpec {
  /** Absolute path of spec/flexjob.yaml. */
  file: string;
  /** The file's text, served as GET /openapi.yaml. */
  yamlText: string;
  /** The parsed document, never mutated: clone it before handing it to code that might. */
  document: Readonly<SpecDocument>;
}

const SPEC_RELATIVE = path.join("spec", "flexjob.yaml");

/** The nearest spec/flexjob.yaml at or above `startDir`. */
export function findSpecFile(startDir: string = __dirname): string {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, SPEC_RELATIVE);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`${SPEC_RELATIVE} not found at or above ${startDir}`);
    dir = parent;
  }
}

let cached: LoadedSpec | undefined;

/** The spec, read on first use and shared afterwards (its document is deep-frozen). */
export function loadSpec(): LoadedSpec {
  if (!cached) {
    const file = findSpecFile();
    const yamlText = readFileSync(file, "utf8");
    // A copy: the JSON module is shared with whatever else imports it in this process.
    const document = deepFreeze(structuredClone(specJson) as SpecDocument);
    cached = { file, yamlText, document };
  }
  return cached;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
