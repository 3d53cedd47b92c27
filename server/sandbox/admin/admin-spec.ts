/**
 * The admin listener's own OpenAPI document, spec/admin.yaml, as one self-contained document: its
 * references into the service's document (`flexjob.yaml#/components/schemas/...`) point at copies
 * of the service's schemas, so a validator or a reader needs no second file. Built once per process.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { load } from "js-yaml";
import { loadSpec } from "../../pipeline";

export interface AdminDocument {
  paths: Record<string, unknown>;
  components: { schemas: Record<string, unknown>; responses?: Record<string, unknown> };
}

const EXTERNAL_REF = "flexjob.yaml#/components/schemas/";

let cached: AdminDocument | undefined;

/** spec/admin.yaml with the service's schemas merged in; throws if a name is in both documents. */
export function loadAdminSpec(): AdminDocument {
  if (cached) return cached;
  const service = loadSpec();
  const file = path.join(path.dirname(service.file), "admin.yaml");
  const document = localRefs(load(readFileSync(file, "utf8"))) as AdminDocument;
  // The admin document's validator (express-openapi-validator) takes the service's schemas with it.
  const { components } = service.document as unknown as { components: { schemas: Record<string, unknown> } };
  for (const [name, schema] of Object.entries(components.schemas)) {
    if (name in document.components.schemas) throw new Error(`${file}: schema ${name} is also in the service's spec`);
    document.components.schemas[name] = structuredClone(schema);
  }
  cached = document;
  return document;
}

function localRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(localRefs);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      key === "$ref" && typeof child === "string" && child.startsWith(EXTERNAL_REF)
        ? `#/components/schemas/${child.slice(EXTERNAL_REF.length)}`
        : localRefs(child),
    ]),
  );
}
