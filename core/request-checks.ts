/**
 * The answers of the checks before a handler, steps 1 to 3 of the spec's order of checks, as
 * outcomes: the words and the error table's rows are written here once, for the server's Express
 * steps and for the MSW handlers alike. Each function answers one refusal; deciding when it applies
 * is the caller's (it depends on how the request arrives).
 */
import { MAX_PROBLEM_ERRORS, REQUEST_ID_RULE } from "../generated/contract";
import { problem, type ProblemError } from "./problems";

const { header: REQUEST_ID, minLength, maxLength } = REQUEST_ID_RULE;

/** Step 1's rule: 1 to 46 characters. */
export function isWellFormedRequestId(id: string | undefined): id is string {
  return id !== undefined && id.length >= minLength && id.length <= maxLength;
}

/**
 * Step 1: the x-requestId headers as sent (none, one, or several: two are never joined into one
 * id) → 400 invalid-request naming /headers/x-requestId; undefined when there is one well-formed id.
 */
export function requestIdRefusal(given: readonly string[]) {
  if (given.length === 1 && isWellFormedRequestId(given[0])) return undefined;
  const message =
    given.length === 0
      ? "is required"
      : given.length > 1
        ? `must be given once (got ${given.length})`
        : `must be ${minLength} to ${maxLength} characters long (got ${given[0]!.length})`;
  const errors = [{ path: `/headers/${REQUEST_ID}`, message }];
  return problem("invalid-request", `The ${REQUEST_ID} header ${message}.`, { errors });
}

/** Step 2: an x-requestId seen before → 412. */
export function replayedRequestId(requestId: string) {
  const detail = "This x-requestId has been used before; every request needs a new one.";
  return problem("replayed-request-id", detail, { requestId });
}

/** Step 3: no body → 400 invalid-request naming /body. */
export function missingBody(requestId: string | undefined) {
  const errors = [{ path: "/body", message: "is required (a JSON object)" }];
  return problem("invalid-request", "The request has no body.", { requestId, errors });
}

/** Step 3: a body that is not application/json → 415, naming the content type sent. */
export function unsupportedMediaType(contentType: string | undefined, requestId: string | undefined) {
  const detail = `The body must be application/json, not ${contentType ?? "untyped"}.`;
  return problem("unsupported-media-type", detail, { requestId });
}

/** Step 3: a body over 1 MB → 413. */
export function payloadTooLarge(requestId: string | undefined) {
  return problem("payload-too-large", "The body is larger than 1 MB.", { requestId });
}

/** Step 3: a body that is not well-formed JSON → 400, with the JSON parser's own message. */
export function malformedJson(parserMessage: string, requestId: string | undefined) {
  const errors = [{ path: "/body", message: `must be well-formed JSON: ${parserMessage}` }];
  return problem("invalid-request", "The body is not well-formed JSON.", { requestId, errors });
}

/** Step 3: the request against the schema → 400 listing the first 50 violations; detail counts them all. */
export function schemaViolations(all: readonly ProblemError[], requestId: string | undefined) {
  const errors = all.slice(0, MAX_PROBLEM_ERRORS);
  const detail =
    errors.length < all.length
      ? `The request breaks the schema ${all.length} times; the first ${errors.length} violations are listed in errors.`
      : "The request breaks the schema; every violation is listed in errors.";
  return problem("invalid-request", detail, { requestId, errors });
}
