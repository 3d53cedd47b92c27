/**
 * Where a body carries personal data, read from the spec's `x-personal-data` marks: a walk of a
 * value beside its schema (through $ref, properties and items) that names the kind of each marked
 * string, and lists every other string as free text.
 */
import type { SpecDocument } from "../pipeline";

export type PersonalDataKind = "cpr" | "given-name" | "middle-name" | "family-name" | "full-name" | "email" | "phone";

const KINDS: readonly string[] = ["cpr", "given-name", "middle-name", "family-name", "full-name", "email", "phone"];

interface Schema {
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  "x-personal-data"?: string;
  format?: string;
}

/**
 * A string of the body: where it sits (its parent and key) and its kind: a marked one's, "text"
 * for free text, "identifier" for a string with a format (a uuid, a uri, a date-time), which stays.
 */
export interface StringSite {
  parent: Record<string, unknown> | unknown[];
  key: string | number;
  kind: PersonalDataKind | "text" | "identifier";
}

/** Every string of `value`, read against the component schema `schemaName` of `document`. */
export function stringSites(document: SpecDocument, schemaName: string, value: unknown): StringSite[] {
  const schemas = (document as { components: { schemas: Record<string, Schema> } }).components.schemas;
  const resolve = (schema: Schema | undefined): Schema | undefined => {
    let current = schema;
    for (let hops = 0; current?.$ref !== undefined && hops < 32; hops++)
      current = schemas[current.$ref.replace("#/components/schemas/", "")];
    return current;
  };
  const sites: StringSite[] = [];
  const visit = (schema: Schema | undefined, parent: StringSite["parent"], key: string | number): void => {
    const child = (parent as Record<string | number, unknown>)[key];
    const resolved = resolve(schema);
    if (typeof child === "string") {
      const mark = schema?.["x-personal-data"] ?? resolved?.["x-personal-data"];
      const format = schema?.format ?? resolved?.format;
      const kind = KINDS.includes(mark ?? "")
        ? (mark as PersonalDataKind)
        : mark === "none" || format !== undefined
          ? "identifier"
          : "text";
      sites.push({ parent, key, kind });
    } else if (Array.isArray(child)) {
      child.forEach((_, index) => visit(resolved?.items, child, index));
    } else if (child !== null && typeof child === "object") {
      for (const name of Object.keys(child))
        visit(resolved?.properties?.[name], child as Record<string, unknown>, name);
    }
  };
  const root = { value };
  visit({ $ref: `#/components/schemas/${schemaName}` }, root, "value");
  return sites;
}
