/**
 * An upstream answer held to the contract: a status the spec declares for the operation, that
 * status's media type, a body its schema accepts, the errorCode of the operation's row of the error
 * table, and the request's x-requestId echoed. Each breach is a pointer and a rule, never a value.
 */
import { OPERATIONS, REQUEST_ID_RULE, type OperationId } from "../../generated/contract";
import { violationsOf } from "../../generated/validators";
import { loadSpec } from "../pipeline";

export interface ContractViolation {
  /** Where: `/request/...` in what the client sent, `/answer/...` in what the upstream answered. */
  pointer: string;
  rule: string;
}

export interface UpstreamAnswer {
  status: number;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: Buffer;
}

const ANSWER = "/answer";

export function answerViolations(
  operationId: OperationId,
  requestId: string | undefined,
  answer: UpstreamAnswer,
): ContractViolation[] {
  const operation = OPERATIONS[operationId];
  const row =
    answer.status === 200
      ? undefined
      : (operation.errors as Record<string, { errorCode: number | null } | undefined>)[String(answer.status)];
  const violations: ContractViolation[] = [];
  const echoed = header(answer, REQUEST_ID_RULE.header);
  if (requestId !== undefined && echoed !== requestId)
    violations.push({
      pointer: `${ANSWER}/headers/${REQUEST_ID_RULE.header}`,
      rule: "echoes the request's x-requestId",
    });
  if (answer.status !== 200 && row === undefined) {
    const declared = ["200", ...Object.keys(operation.errors)].join(", ");
    violations.push({
      pointer: `${ANSWER}/status`,
      rule: `one of the statuses the spec declares for ${operationId}: ${declared}`,
    });
    return violations;
  }
  const mediaType = mediaTypeOf(operationId, answer.status);
  const given = header(answer, "content-type")?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== undefined && given !== mediaType)
    violations.push({
      pointer: `${ANSWER}/headers/content-type`,
      rule: `${mediaType} (the spec's media type for ${answer.status})`,
    });
  let body: unknown;
  try {
    body = JSON.parse(answer.body.toString("utf8"));
  } catch {
    violations.push({ pointer: `${ANSWER}/body`, rule: "well-formed JSON" });
    return violations;
  }
  const schema = answer.status === 200 ? operation.responseSchema : "Problem";
  for (const v of violationsOf(schema, body)) violations.push({ pointer: `${ANSWER}/body${v.pointer}`, rule: v.rule });
  if (row !== undefined) {
    const errorCode = (body as { errorCode?: unknown } | null)?.errorCode;
    const wanted = row.errorCode ?? undefined;
    if (errorCode !== wanted)
      violations.push({
        pointer: `${ANSWER}/body/errorCode`,
        rule:
          wanted === undefined
            ? `absent for ${answer.status} (the error table)`
            : `${wanted} for ${answer.status} (the error table)`,
      });
  }
  return violations;
}

function header(answer: UpstreamAnswer, name: string): string | undefined {
  const value = answer.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : value;
}

interface ResponseObject {
  $ref?: string;
  content?: Record<string, unknown>;
}

/** The media type the spec gives the operation's answer with this status. */
function mediaTypeOf(operationId: OperationId, status: number): string | undefined {
  const { path, method } = OPERATIONS[operationId];
  const document = loadSpec().document as {
    paths: Record<string, Record<string, { responses: Record<string, ResponseObject> }>>;
    components: { responses?: Record<string, ResponseObject> };
  };
  let response = document.paths[path]?.[method.toLowerCase()]?.responses[String(status)];
  if (response?.$ref) response = document.components.responses?.[response.$ref.replace("#/components/responses/", "")];
  const types = Object.keys(response?.content ?? {});
  return types[0];
}
