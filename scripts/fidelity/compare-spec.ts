/**
 * compareSpecToPage: the operations, their x-requestId header, request and 200 bodies and fault
 * codes, compared with the documentation page. The element-by-element part is SpecWalker's.
 */
import type { DocOperation, ElementRow } from "./doc-page";
import { type Comparison, type OpenApiDocument, PROJECT_SCHEMAS, SpecWalker, toTree } from "./compare";

type Schema = Record<string, unknown>;

/** The header's length rule is stated in its description, not in the details cell. */
const HEADER_MAX_LENGTH = /Max længde for id'et er (\d+) chars/;

function rootNode(rows: ElementRow[], name: string) {
  const index = rows.findIndex((r) => r.path.length === 1 && r.name === name);
  if (index < 0) return undefined;
  const row = rows[index] as ElementRow;
  const children = rows.slice(index + 1).filter((r) => r.path[0] === name);
  return { row, rows: [row, ...children] };
}

function checkHeader(walker: SpecWalker, op: Schema, row: ElementRow, where: string): void {
  walker.compared++;
  const at = `${where} ${row.name}`;
  const parameters = ((op.parameters ?? []) as unknown[]).map((p) => walker.resolve(p));
  const header = parameters.find((p) => p.in === "header" && p.name === "x-requestId");
  if (!header) return walker.miss(at, "no x-requestId header parameter");
  if (header.required !== (row.occurrence === "1"))
    walker.miss(at, `required is ${String(header.required)}, the page says ${row.occurrence}`);
  const schema = (header.schema ?? {}) as Schema;
  const maxLength = Number(HEADER_MAX_LENGTH.exec(row.description)?.[1]);
  if (schema.type !== "string" || schema.minLength !== 1 || schema.maxLength !== maxLength) {
    walker.miss(at, `should be a string of 1..${maxLength} characters, found ${JSON.stringify(schema)}`);
  }
  if (!text(header.description).startsWith(row.description))
    walker.miss(at, "description should start with the page's");
}

function checkTree(
  walker: SpecWalker,
  rows: ElementRow[],
  root: string,
  slot: Schema | undefined,
  required: boolean,
  where: string,
) {
  const found = rootNode(rows, root);
  if (!found) return walker.miss(where, `the page has no ${root} row`);
  if (!slot) return walker.miss(`${where} ${root}`, "has no schema in the spec");
  const [tree] = toTree(found.rows);
  if (tree) walker.checkNode(tree, slot, required, where);
}

function checkOperation(walker: SpecWalker, doc: OpenApiDocument, page: DocOperation): void {
  const where = page.name;
  const op = doc.paths?.[page.path]?.[page.method.toLowerCase()] as Schema | undefined;
  if (!op) return walker.miss(where, `no ${page.method} ${page.path} in the spec`);
  if (op.operationId !== page.name)
    walker.miss(where, `operationId is ${String(op.operationId)}, the page says ${page.name}`);
  const headerRow = page.input.find((r) => r.name === "x-requestId [Header]");
  if (headerRow) checkHeader(walker, op, headerRow, `${where} input`);
  const body = walker.resolve(op.requestBody);
  const bodySchema = (body.content as Schema | undefined)?.["application/json"] as Schema | undefined;
  checkTree(walker, page.input, "requestBody", bodySchema?.schema as Schema, body.required === true, `${where} input`);
  const ok = walker.resolve((op.responses as Schema | undefined)?.["200"]);
  const okSchema = (ok.content as Schema | undefined)?.["application/json"] as Schema | undefined;
  checkTree(walker, page.output, "response", okSchema?.schema as Schema, true, `${where} output`);
  for (const fault of page.faults) {
    const declared = Object.values((op.responses ?? {}) as Schema).some((r) =>
      text(walker.resolve(r).description).includes(String(fault.code)),
    );
    if (!declared)
      walker.miss(`${where} fault ${fault.code}`, "no response of the operation says it carries this code");
  }
}

/** Compares the whole document with the page; see Comparison. */
export function compareSpecToPage(doc: OpenApiDocument, page: DocOperation[]): Comparison {
  const walker = new SpecWalker(doc);
  for (const operation of page) checkOperation(walker, doc, operation);
  const documented = new Set(page.map((op) => `${op.method.toLowerCase()} ${op.path}`));
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of Object.keys(item).filter((m) => /^(get|put|post|delete|patch|head|options|trace)$/.test(m))) {
      if (!documented.has(`${method} ${path}`))
        walker.miss(`${method.toUpperCase()} ${path}`, "is in the spec but not on the page");
    }
  }
  const own = new Set<string>(PROJECT_SCHEMAS);
  for (const name of Object.keys(doc.components?.schemas ?? {})) {
    if (!walker.reached.has(name) && !own.has(name))
      walker.miss(`components.schemas.${name}`, "is not a type the page uses");
  }
  return { compared: walker.compared, mismatches: walker.mismatches };
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}
