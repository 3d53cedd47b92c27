/**
 * Kinds of invalid bodies generated from the request schema: a required element missing, a value
 * of the wrong type, a length or value outside its bounds, a malformed uuid, an undocumented
 * property. Each is well-formed JSON that breaks exactly one rule where it is put; the oracle
 * (ajv over the same schema) discards any case that happens to be valid.
 */
import * as fc from "fast-check";
import { FORMAT_PATTERNS } from "../../generated/contract";
import { prescribed } from "../prescribed";
import { jsonCase, shown, type NegativeKind } from "./negative-case";
import { outOfBounds } from "./out-of-bounds";
import { where, withValueAt, withoutValueAt, type Site } from "./sites";

const INVALID_REQUEST = prescribed("invalid-request");

const VALUES_BY_TYPE: Record<string, fc.Arbitrary<unknown>> = {
  string: fc.string({ maxLength: 12 }),
  integer: fc.integer(),
  number: fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((n) => !Number.isInteger(n)),
  boolean: fc.boolean(),
  null: fc.constant(null),
  array: fc.array(fc.integer(), { maxLength: 3 }),
  object: fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 2 }),
};

/** JSON types that a value of `type` must not have (an integer is a number). */
function otherTypes(type: unknown): string[] {
  const excluded = type === "number" ? ["number", "integer"] : [String(type)];
  return Object.keys(VALUES_BY_TYPE).filter((t) => !excluded.includes(t));
}

function pick<T>(items: readonly T[]): fc.Arbitrary<T> | undefined {
  return items.length === 0 ? undefined : fc.constantFrom(...items);
}

const missingRequired: NegativeKind = {
  id: "missing-required",
  title: "missing required element",
  ...INVALID_REQUEST,
  arbitrary: ({ body, sites, breaksSchema }) =>
    pick(sites.flatMap((site) => ((site.schema.required ?? []) as string[]).map((key) => ({ site, key }))))
      ?.map(({ site, key }) =>
        jsonCase(`${where(site.pointer)}: required ${key} left out`, withoutValueAt(body, [...site.path, key])),
      )
      .filter((c) => breaksSchema(JSON.parse(c.payload.text))),
};

const wrongType: NegativeKind = {
  id: "wrong-type",
  title: "wrong type",
  ...INVALID_REQUEST,
  arbitrary: ({ body, sites, breaksSchema }) =>
    pick(sites)
      ?.chain((site) =>
        fc.oneof(...otherTypes(site.schema.type).map((t) => VALUES_BY_TYPE[t]!)).map((value) => ({ site, value })),
      )
      .map(({ site, value }) =>
        jsonCase(
          `${where(site.pointer)}: ${shown(value)} instead of ${String(site.schema.type)}`,
          withValueAt(body, site.path, value),
        ),
      )
      .filter((c) => breaksSchema(JSON.parse(c.payload.text))),
};

const boundsBroken: NegativeKind = {
  id: "out-of-bounds",
  title: "length or value out of bounds",
  ...INVALID_REQUEST,
  arbitrary: ({ body, sites, breaksSchema }) =>
    pick(sites.filter((site) => outOfBounds(site.schema) !== undefined))
      ?.chain((site) => outOfBounds(site.schema)!.map((broken) => ({ site, broken })))
      .map(({ site, broken }) =>
        jsonCase(`${where(site.pointer)}: ${broken.description}`, withValueAt(body, site.path, broken.value)),
      )
      .filter((c) => breaksSchema(JSON.parse(c.payload.text))),
};

const malformedUuidValue: fc.Arbitrary<string> = fc
  .oneof(
    fc
      .tuple(fc.uuid(), fc.nat({ max: 35 }), fc.constantFrom("g", "z", "-", " ", "{"))
      .map(([u, i, c]) => u.slice(0, i) + c + u.slice(i + 1)),
    fc.tuple(fc.uuid(), fc.nat({ max: 35 })).map(([u, n]) => u.slice(0, n)),
    fc.uuid().map((u) => u.replace(/-/g, "")),
    fc.uuid().map((u) => `${u}0`),
    fc.string({ maxLength: 40 }),
  )
  .filter((s) => !FORMAT_PATTERNS.uuid.test(s));

const malformedUuid: NegativeKind = {
  id: "malformed-uuid",
  title: "malformed uuid",
  ...INVALID_REQUEST,
  arbitrary: ({ body, sites, breaksSchema }) =>
    pick(sites.filter((site) => site.schema.format === "uuid"))
      ?.chain((site) => malformedUuidValue.map((value) => ({ site, value })))
      .map(({ site, value }) =>
        jsonCase(`${where(site.pointer)}: ${shown(value)} is not a uuid`, withValueAt(body, site.path, value)),
      )
      .filter((c) => breaksSchema(JSON.parse(c.payload.text))),
};

function undocumentedKeys(site: Site): fc.Arbitrary<string> {
  const known = Object.keys(site.schema.properties ?? {});
  const recased = known.map((k) => k.charAt(0).toUpperCase() + k.slice(1));
  return fc
    .oneof(fc.string({ minLength: 1, maxLength: 16 }), fc.constantFrom("__proto__", "constructor", "id", ...recased))
    .filter((key) => !known.includes(key));
}

const undocumentedProperty: NegativeKind = {
  id: "undocumented-property",
  title: "undocumented property",
  ...INVALID_REQUEST,
  arbitrary: ({ body, sites, breaksSchema }) =>
    pick(sites.filter((site) => site.schema.type === "object" && site.schema.additionalProperties === false))
      ?.chain((site) =>
        fc.tuple(undocumentedKeys(site), fc.jsonValue({ maxDepth: 1 })).map(([key, value]) => ({ site, key, value })),
      )
      .map(({ site, key, value }) =>
        jsonCase(
          `${where(site.pointer)}: undocumented property ${JSON.stringify(key)}`,
          withValueAt(body, [...site.path, key], value),
        ),
      )
      .filter((c) => breaksSchema(JSON.parse(c.payload.text))),
};

export const SCHEMA_KINDS: readonly NegativeKind[] = [
  missingRequired,
  wrongType,
  boundsBroken,
  malformedUuid,
  undocumentedProperty,
];
