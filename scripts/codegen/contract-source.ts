/**
 * generated/contract.ts: the runtime contract as data, read from the spec. The operation table
 * (method, path, schemas, whether the operation reads a case and the wrappers it reads it through,
 * documented error statuses with their problem kind and errorCode), the error table
 * (`x-problem-kinds`), the documented outcomes, the x-requestId rule, the caseElementIdentifier
 * rule, the body limit and the CPR rule of records (`x-cpr-shaped`).
 *
 * An operation reads a case when its request body wraps a required `caseElementIdentifier` in a
 * property (the request wrapper) and its 200 body does the same (the response wrapper).
 */
import { caseIdentifierRule, renderCaseIdentifierRule } from "./case-identifier-source";
import { renderCprShaped } from "./cpr-source";
import type { OperationRow } from "./operation-row";
import { documentedOutcomes, renderDocumentedOutcomes } from "./outcome-source";
import {
  deref,
  eachOperation,
  jsonSchemaName,
  resolveResponse,
  SpecShapeError,
  type RawOperation,
  type Schema,
  type SpecDocument,
} from "./spec-document";

const CASE_KEY = "caseElementIdentifier";

/** The property of an object schema whose own schema requires `caseElementIdentifier`. */
function caseWrapper(document: SpecDocument, schemaName: string): string | undefined {
  const schema = deref(document, { $ref: `#/components/schemas/${schemaName}` });
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  return Object.keys(properties).find((key) => {
    const inner = deref(document, properties[key]!);
    return ((inner.required ?? []) as string[]).includes(CASE_KEY);
  });
}

function errorRows(document: SpecDocument, raw: RawOperation, where: string): OperationRow["errors"] {
  const kinds = document["x-problem-kinds"];
  const rows: OperationRow["errors"] = {};
  for (const [status, response] of Object.entries(raw.responses ?? {})) {
    if (status.startsWith("2")) continue;
    const kind = resolveResponse(document, response)["x-problem-kind"];
    const row = kind === undefined ? undefined : kinds[kind];
    if (kind === undefined || !row) throw new SpecShapeError(`${where} response ${status} names no x-problem-kind`);
    if (String(row.status) !== status)
      throw new SpecShapeError(`${where} response ${status} is x-problem-kind ${kind}, whose status is ${row.status}`);
    rows[status] = { kind, errorCode: row.errorCode ?? null };
  }
  return rows;
}

export function operationRows(document: SpecDocument): OperationRow[] {
  return eachOperation(document).map(({ method, path, raw }) => {
    const where = `${method} ${path}`;
    if (!raw.operationId) throw new SpecShapeError(`${where} has no operationId`);
    const requestSchema = jsonSchemaName(raw.requestBody, `${where} requestBody`);
    const ok = raw.responses?.["200"];
    const responseSchema = jsonSchemaName(ok && resolveResponse(document, ok), `${where} response 200`);
    const requestWrapper = caseWrapper(document, requestSchema);
    const responseWrapper = caseWrapper(document, responseSchema);
    if ((requestWrapper === undefined) !== (responseWrapper === undefined))
      throw new SpecShapeError(`${where}: a case is named in only one of ${requestSchema} and ${responseSchema}`);
    return {
      operationId: raw.operationId,
      method,
      path,
      requestSchema,
      responseSchema,
      case: requestWrapper && responseWrapper ? { requestWrapper, responseWrapper } : null,
      errors: errorRows(document, raw, where),
    };
  });
}

/** The error table's codes are exactly FlexjobErrorCode's enum, so a Problem's errorCode type and the table agree. */
export function checkErrorCodes(document: SpecDocument): void {
  const codes = Object.values(document["x-problem-kinds"]).flatMap((row) => row.errorCode ?? []);
  const listed = (document.components.schemas.FlexjobErrorCode?.enum ?? []) as number[];
  const differ = [...codes.filter((c) => !listed.includes(c)), ...listed.filter((c) => !codes.includes(c))];
  if (differ.length > 0)
    throw new SpecShapeError(`x-problem-kinds and FlexjobErrorCode's enum disagree on ${differ.join(", ")}`);
}

const literal = (value: unknown): string => JSON.stringify(value, null, 2);

/** The TypeScript source of generated/contract.ts. */
function problemErrorsLimit(document: SpecDocument): number {
  const problem = deref(document, { $ref: "#/components/schemas/Problem" });
  const errors = ((problem.properties ?? {}) as Record<string, Schema>).errors;
  const maxItems = errors === undefined ? undefined : deref(document, errors).maxItems;
  if (typeof maxItems !== "number") throw new SpecShapeError("Problem.errors has no maxItems");
  return maxItems;
}

export function renderContract(document: SpecDocument, header: string): string {
  checkErrorCodes(document);
  const operations = operationRows(document);
  const byId = Object.fromEntries(operations.map((o) => [o.operationId, o]));
  const caseOperations = operations.filter((o) => o.case !== null).map((o) => o.operationId);
  const kinds = Object.fromEntries(
    Object.entries(document["x-problem-kinds"]).map(([kind, row]) => [
      kind,
      {
        type: `urn:flexjob-contract:problem:${kind}`,
        status: row.status,
        errorCode: row.errorCode ?? null,
        title: row.title,
      },
    ]),
  );
  const idParameter = document.components.parameters.XRequestId;
  const requestIdRule = {
    header: idParameter.name,
    minLength: idParameter.schema.minLength,
    maxLength: idParameter.schema.maxLength,
  };
  return `${header}
/** ${document.info.title} ${document.info.version}, the spec this contract was generated from. */
export const SPEC = ${literal({ file: "spec/flexjob.yaml", title: document.info.title, version: document.info.version })} as const;

/** Every operation of the spec by operationId. \`case\` names the wrappers of an operation that reads a case (null otherwise); \`errors\` maps each documented error status to its problem kind and errorCode. */
export const OPERATIONS = ${literal(byId)} as const;

export type OperationId = keyof typeof OPERATIONS;

/** The operations that read a case (answering 404 for an unknown one). */
export const CASE_OPERATIONS = ${literal(caseOperations)} as const;

export type CaseOperationId = (typeof CASE_OPERATIONS)[number];
${renderDocumentedOutcomes(documentedOutcomes(document, operations))}
/** The error table (x-problem-kinds): problem kind → type URN, status, STAR errorCode (null: none) and title. */
export const PROBLEM_KINDS = ${literal(kinds)} as const;

export type ProblemKind = keyof typeof PROBLEM_KINDS;

/** Every STAR fault code of the error table (FlexjobErrorCode's enum). */
export const ERROR_CODES = ${JSON.stringify(document.components.schemas.FlexjobErrorCode?.enum ?? [])} as const;

/** The x-requestId rule: a header of minLength to maxLength characters. */
export const REQUEST_ID_RULE = ${literal(requestIdRule)} as const;

/** The largest request body served, in bytes (x-max-body-bytes); a larger one gets 413. */
export const MAX_BODY_BYTES = ${literal(document["x-max-body-bytes"])};

/** The most violations a 400 lists (Problem.errors maxItems); its detail counts them all. */
export const MAX_PROBLEM_ERRORS = ${literal(problemErrorsLimit(document))};
${renderCprShaped(document)}${renderCaseIdentifierRule(caseIdentifierRule(document, operations))}
/** One broken rule of a body: where (a JSON pointer), which rule (keyword and spec location) and what. */
export interface Violation {
  /** JSON pointer into the body ("" for the whole body). */
  pointer: string;
  /** The broken rule, e.g. \`format at #/components/schemas/FlexjobOfferResponseType/properties/caseElementIdentifier\`. */
  rule: string;
  message: string;
}
`;
}
