/**
 * The places in a valid body where a rule of its schema can be broken: every element (with its
 * schema, $refs followed), walked together with the body so that only elements that are there
 * become sites.
 */
import { childPointer } from "../request-bodies";
import { deref, type Schema, type SpecDocument } from "../spec";

export interface Site {
  /** Keys from the body's root to the element; [] is the body itself. */
  path: string[];
  /** JSON pointer of the element, "" for the body itself. */
  pointer: string;
  schema: Schema;
}

/** Every element of `body`, the body itself first. */
export function sitesOf(document: SpecDocument, schema: Schema, body: unknown): Site[] {
  const sites: Site[] = [];
  const walk = (raw: Schema, value: unknown, path: string[], pointer: string): void => {
    const resolved = deref(document, raw);
    sites.push({ path, pointer, schema: resolved });
    if (resolved.type === "object" && isObject(value)) {
      const properties = (resolved.properties ?? {}) as Record<string, Schema>;
      for (const [key, child] of Object.entries(properties)) {
        if (key in value) walk(child, value[key], [...path, key], childPointer(pointer, key));
      }
    } else if (resolved.type === "array" && Array.isArray(value)) {
      value.forEach((item, i) => walk(resolved.items as Schema, item, [...path, String(i)], `${pointer}/${i}`));
    }
  };
  walk(schema, body, [], "");
  return sites;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The body with the element at `path` replaced by `value` (the body itself when path is []). */
export function withValueAt(body: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(body);
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], copy);
  Object.defineProperty(parent, path[path.length - 1]!, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

/** The body without the element at `path`. */
export function withoutValueAt(body: unknown, path: readonly string[]): unknown {
  const copy = structuredClone(body);
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], copy);
  delete (parent as Record<string, unknown>)[path[path.length - 1]!];
  return copy;
}

/** "" → "the body", else the pointer. */
export function where(pointer: string): string {
  return pointer === "" ? "the body" : pointer;
}
