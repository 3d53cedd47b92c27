/**
 * FlexjobApiError: the service answered with an error status. One class for every row of the
 * spec's error table; `errorCode` says which STAR fault, `problem` is the body as sent.
 */
import { ERROR_CODES } from "../generated/contract";
import { hasBrand, setBrand } from "./brand";
import type { FlexjobErrorCode, OperationId, Problem } from "./types";

/** Every STAR fault code the contract documents, for a `switch` or a lookup at run time. */
export const FLEXJOB_ERROR_CODES = ERROR_CODES satisfies readonly FlexjobErrorCode[];

// Compile error when the spec documents a code this list lacks (the `satisfies` above catches extras).
const listsEveryCode: Exclude<FlexjobErrorCode, (typeof FLEXJOB_ERROR_CODES)[number]> extends never ? true : false =
  true;
void listsEveryCode;

export interface FlexjobApiErrorInit {
  operationId: OperationId;
  response: Response;
  /** The parsed error body: a Problem, a string (not JSON) or undefined (empty). */
  body: unknown;
  /** The x-requestId of the attempt that got this response. */
  requestId: string | undefined;
}

export class FlexjobApiError extends Error {
  override readonly name = "FlexjobApiError" as const;
  readonly operationId: OperationId;
  readonly status: number;
  /** The STAR fault code; undefined for rows without one (405, 412, ...) and for undocumented codes. */
  readonly errorCode: FlexjobErrorCode | undefined;
  readonly title: string;
  readonly detail: string;
  /** The x-requestId the failed attempt was sent with. */
  readonly requestId: string | undefined;
  /** The problem body as sent (not validated); undefined when the body was empty or not a JSON object. */
  readonly problem: Problem | undefined;
  readonly response: Response;

  constructor(init: FlexjobApiErrorInit) {
    const problem = asProblem(init.body);
    const status = init.response.status;
    const title = nonEmpty(problem?.title) ?? nonEmpty(init.response.statusText) ?? `HTTP ${status}`;
    const detail = nonEmpty(problem?.detail) ?? describeBody(status, init.body);
    const errorCode = documentedCode(problem?.errorCode);
    const code = errorCode === undefined ? "" : ` [${errorCode}]`;
    super(
      `${init.operationId} answered ${status} ${title}${code}: ${detail} (x-requestId ${init.requestId ?? "none"})`,
    );
    setBrand(this, "FlexjobApiError");
    this.operationId = init.operationId;
    this.status = status;
    this.errorCode = errorCode;
    this.title = title;
    this.detail = detail;
    this.requestId = init.requestId;
    this.problem = problem;
    this.response = init.response;
  }
}

/** True for a FlexjobApiError from any copy of this package (unlike `instanceof`). */
export function isFlexjobApiError(value: unknown): value is FlexjobApiError {
  return hasBrand(value, "FlexjobApiError");
}

function asProblem(body: unknown): Problem | undefined {
  // Not validated: a live service may drift; the fields are read defensively below.
  return typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Problem) : undefined;
}

function documentedCode(code: unknown): FlexjobErrorCode | undefined {
  return FLEXJOB_ERROR_CODES.find((known) => known === code);
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

function describeBody(status: number, body: unknown): string {
  if (body === undefined || body === "") return `the ${status} response had no body`;
  return `the ${status} response body is not a problem details object`;
}
