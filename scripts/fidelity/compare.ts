/**
 * Holds an OpenAPI document to STAR's documentation page, element by element: every documented
 * element is present with the documented type, constraints and occurrence, and nothing the page
 * lacks is added (the two SOAP-era header types aside, whose shape the page does not give).
 */
import type { ElementRow } from "./doc-page";

type Schema = Record<string, unknown>;
export type OpenApiDocument = { paths?: Record<string, Record<string, unknown>>; components?: Schema };

export interface Comparison {
  /** How many documented element rows were compared. */
  compared: number;
  /** One line per difference, naming the operation and element path. */
  mismatches: string[];
}

/** Types whose elements the page does not list; their shape comes from STAR's SOAP-era definitions. */
export const HEADER_TYPES = ["ActiveOrganisationHeaderType", "RequestUserMetadataType"] as const;

/** Component schemas that are this project's own (errors, and the header types' parts). */
export const PROJECT_SCHEMAS = [
  "Problem",
  "ProblemError",
  "FlexjobErrorCode",
  "RequestUserStructureType",
  "RequestOrganisationStructureType",
] as const;

const PRIMITIVES: Record<string, { type: string; format?: string }> = {
  string: { type: "string" },
  uuid: { type: "string", format: "uuid" },
  "date-time": { type: "string", format: "date-time" },
  double: { type: "number", format: "double" },
  int32: { type: "integer", format: "int32" },
  boolean: { type: "boolean" },
};

const CONSTRAINT_KEYS = [
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "pattern",
  "enum",
  "multipleOf",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
] as const;

export interface Node {
  row: ElementRow;
  children: Node[];
}

export function toTree(rows: ElementRow[]): Node[] {
  const roots: Node[] = [];
  const open: Node[] = [];
  for (const row of rows) {
    const node: Node = { row, children: [] };
    open.length = row.path.length - 1;
    (open.at(-1)?.children ?? roots).push(node);
    open.push(node);
  }
  return roots;
}

/** Constraints as the spec should have them for a row's details cell. */
export function expectedConstraints(details: string[]): Record<string, unknown> {
  const want: Record<string, unknown> = {};
  for (const detail of details) {
    const [key = "", value = ""] = detail.split(/:\s*/, 2);
    const range = /^(\d+)-(\d+)$/.exec(value);
    if (key === "Length" && range) Object.assign(want, { minLength: Number(range[1]), maxLength: Number(range[2]) });
    else if (key === "MinLength") want.minLength = Number(value);
    else if (key === "MaxLength") want.maxLength = Number(value);
    else if (key === "MinInclusive") want.minimum = Number(value);
    else if (key === "MaxInclusive") want.maximum = Number(value);
    // XSD patterns are implicitly anchored; JSON Schema patterns are not.
    else if (key === "Pattern") want.pattern = `^${value}$`;
    else throw new Error(`doc page: unknown detail "${detail}"`);
  }
  return want;
}

function actualConstraints(schema: Schema): Record<string, unknown> {
  const got: Record<string, unknown> = {};
  for (const key of CONSTRAINT_KEYS) if (schema[key] !== undefined) got[key] = schema[key];
  return got;
}

function sameJson(a: unknown, b: unknown): boolean {
  const sorted = (o: Record<string, unknown>) =>
    JSON.stringify(
      Object.keys(o)
        .sort()
        .map((k) => [k, o[k]]),
    );
  return sorted(a as Record<string, unknown>) === sorted(b as Record<string, unknown>);
}

export class SpecWalker {
  compared = 0;
  readonly mismatches: string[] = [];
  readonly reached = new Set<string>();

  constructor(private readonly doc: OpenApiDocument) {}

  resolve(value: unknown): Schema {
    let current = value as Schema;
    for (let hops = 0; typeof current?.$ref === "string" && hops < 20; hops++) {
      const ref = current.$ref;
      const name = ref.replace("#/components/schemas/", "");
      if (name !== ref) this.reached.add(name);
      current = ref
        .replace(/^#\//, "")
        .split("/")
        .reduce<unknown>(
          (at, key) => (at as Schema | undefined)?.[key.replace(/~1/g, "/").replace(/~0/g, "~")],
          this.doc,
        ) as Schema;
    }
    return current ?? {};
  }

  miss(where: string, message: string): void {
    this.mismatches.push(`${where}: ${message}`);
  }

  /** Compares one row (and its subtree) with the schema in its slot. */
  checkNode(node: Node, slot: unknown, required: boolean, where: string): void {
    const { row } = node;
    const at = `${where} ${row.path.join(".")}`;
    this.compared++;
    if (required !== (row.occurrence === "1")) {
      this.miss(at, `is ${required ? "required" : "optional"} in the spec, the page says occurrence ${row.occurrence}`);
    }
    const schema = this.checkType(row, slot as Schema, at);
    if (!schema) return;
    const want = expectedConstraints(row.details);
    const got = actualConstraints(schema);
    if (!sameJson(want, got)) {
      this.miss(at, `has constraints ${JSON.stringify(got)}, the page says ${JSON.stringify(want)}`);
    }
    if (
      row.description !== "" &&
      !(typeof schema.description === "string" ? schema.description : "").startsWith(row.description)
    ) {
      this.miss(at, `description should start with the page's "${row.description}"`);
    }
    this.checkChildren(node, schema, at, where);
  }

  private checkType(row: ElementRow, slot: Schema, at: string): Schema | undefined {
    const primitive = PRIMITIVES[row.type];
    if (primitive) {
      if (slot.$ref !== undefined) this.miss(at, `is ${JSON.stringify(slot.$ref)}, the page says ${row.type}`);
      else if (slot.type !== primitive.type || slot.format !== primitive.format) {
        this.miss(
          at,
          `is ${String(slot.type)}/${String(slot.format)}, the page says ${row.type} (${primitive.type}/${primitive.format})`,
        );
      }
      return slot;
    }
    const wantRef = `#/components/schemas/${row.type}`;
    if (slot.$ref !== wantRef) {
      this.miss(at, `should be $ref ${wantRef}, found ${JSON.stringify(slot.$ref ?? slot.type)}`);
      return undefined;
    }
    const schema = this.resolve(slot);
    if (row.type.endsWith("CodeList")) {
      if (schema.type !== "integer" || schema.format !== "int32")
        this.miss(at, `code list ${row.type} must be integer/int32`);
      if (schema.enum !== undefined)
        this.miss(at, `code list ${row.type} must not have an enum (its members are unpublished)`);
    }
    return schema;
  }

  private checkChildren(node: Node, schema: Schema, at: string, where: string): void {
    if (HEADER_TYPES.includes(node.row.type as (typeof HEADER_TYPES)[number])) {
      this.reachAll(schema);
      return;
    }
    if (schema.type !== "object") {
      if (node.children.length > 0) this.miss(at, `has elements on the page but is ${String(schema.type)} in the spec`);
      return;
    }
    if (schema.additionalProperties !== false) this.miss(at, "object must be closed (additionalProperties: false)");
    const properties = (schema.properties ?? {}) as Record<string, unknown>;
    const requiredNames = new Set((schema.required ?? []) as string[]);
    const documented = new Set(node.children.map((c) => c.row.name));
    for (const name of Object.keys(properties)) {
      if (!documented.has(name)) this.miss(`${at}.${name}`, "is in the spec but not on the page");
    }
    for (const name of requiredNames) {
      if (!(name in properties)) this.miss(`${at}.${name}`, "is required in the spec but has no property");
    }
    for (const child of node.children) {
      const property = properties[child.row.name];
      if (property === undefined) {
        this.compared++;
        this.miss(`${where} ${child.row.path.join(".")}`, "is on the page but not in the spec");
      } else {
        this.checkNode(child, property, requiredNames.has(child.row.name), where);
      }
    }
  }

  /** Marks every schema a header type refers to as reached (they are compared elsewhere). */
  private reachAll(schema: Schema): void {
    for (const value of Object.values((schema.properties ?? {}) as Record<string, Schema>)) {
      if (typeof value.$ref === "string") this.reachAll(this.resolve(value));
    }
  }
}
