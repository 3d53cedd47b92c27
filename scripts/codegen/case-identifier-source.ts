/**
 * The caseElementIdentifier rule of generated/contract.ts, as the spec states it: every case
 * wrapper (request and 200 body of each operation that reads a case) must state the same schema
 * for it, and the rule is that schema's type and format, with the patterns a value must match:
 * the spec's own `pattern` if it gives one, and the textual form of its `format`.
 */
import type { OperationRow } from "./operation-row";
import { deref, SpecShapeError, type Schema, type SpecDocument } from "./spec-document";

const CASE_KEY = "caseElementIdentifier";

/**
 * The textual form of each format a case identifier may be given in. uuid: RFC 9562's 8-4-4-4-12
 * hexadecimal digits, case-insensitive on input. (ajv-formats' uuid also takes a `urn:uuid:`
 * prefix; the server's generated validators keep doing so, as express-openapi-validator does.)
 */
export const FORMAT_PATTERNS: Record<string, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

export interface CaseIdentifierRule {
  location: string;
  type: string;
  format: string | null;
  pattern: string | null;
}

function wrapperRule(document: SpecDocument, schemaName: string, wrapper: string): CaseIdentifierRule {
  const body = deref(document, { $ref: `#/components/schemas/${schemaName}` });
  const wrapped = (body.properties as Record<string, Schema>)[wrapper]!;
  const ref =
    typeof wrapped.$ref === "string" ? wrapped.$ref : `#/components/schemas/${schemaName}/properties/${wrapper}`;
  const schema = ((deref(document, wrapped).properties ?? {}) as Record<string, Schema>)[CASE_KEY] ?? {};
  const location = `${ref}/properties/${CASE_KEY}`;
  if (schema.type !== "string") throw new SpecShapeError(`${location} must be of type string`);
  const format = typeof schema.format === "string" ? schema.format : null;
  const pattern = typeof schema.pattern === "string" ? schema.pattern : null;
  if (format !== null && !(format in FORMAT_PATTERNS))
    throw new SpecShapeError(`${location} has format ${format}, which codegen has no textual form for`);
  return { location, type: schema.type, format, pattern };
}

/** The rule every case wrapper states; a spec whose wrappers disagree stops codegen naming both. */
export function caseIdentifierRule(document: SpecDocument, operations: readonly OperationRow[]): CaseIdentifierRule {
  const rules = operations.flatMap((o) =>
    o.case === null
      ? []
      : [
          wrapperRule(document, o.requestSchema, o.case.requestWrapper),
          wrapperRule(document, o.responseSchema, o.case.responseWrapper),
        ],
  );
  const [first, ...rest] = rules;
  if (first === undefined) throw new SpecShapeError(`no operation reads a ${CASE_KEY}`);
  const same = (a: CaseIdentifierRule, b: CaseIdentifierRule) =>
    a.type === b.type && a.format === b.format && a.pattern === b.pattern;
  const other = rest.find((rule) => !same(first, rule));
  if (other) throw new SpecShapeError(`${first.location} and ${other.location} state different rules`);
  return first;
}

/** The TypeScript source of the rule and its test. */
export function renderCaseIdentifierRule(rule: CaseIdentifierRule): string {
  const patterns = [
    ...(rule.pattern === null ? [] : [String(new RegExp(rule.pattern, "u"))]),
    ...(rule.format === null ? [] : [String(FORMAT_PATTERNS[rule.format])]),
  ];
  return `
/** The textual form of each format the contract's identifiers use (uuid: 8-4-4-4-12 hexadecimal digits, any case). */
export const FORMAT_PATTERNS = {
${Object.entries(FORMAT_PATTERNS)
  .map(([format, pattern]) => `  ${JSON.stringify(format)}: ${String(pattern)},`)
  .join("\n")}
} as const;

/** caseElementIdentifier as the spec states it (the same at every case wrapper), and the patterns a value must match. */
export const CASE_ELEMENT_IDENTIFIER_RULE = {
  location: ${JSON.stringify(rule.location)},
  type: ${JSON.stringify(rule.type)},
  format: ${JSON.stringify(rule.format)},
  pattern: ${JSON.stringify(rule.pattern)},
  patterns: [${patterns.join(", ")}],
} as const;

/** Whether \`value\` is a caseElementIdentifier the spec allows (a bare uuid: no \`urn:uuid:\` prefix). */
export function isCaseElementIdentifier(value: unknown): value is string {
  return typeof value === "string" && CASE_ELEMENT_IDENTIFIER_RULE.patterns.every((pattern) => pattern.test(value));
}
`;
}
