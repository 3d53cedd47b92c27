/**
 * The one error middleware: every thrown error, validator error and body-parser error becomes the
 * spec's Problem. Known client errors keep their status; anything else is 500 internal-error, logged
 * without the request's body and answered without a stack trace.
 */
import type { ErrorRequestHandler } from "express";
import type { Logger } from "pino";
import { factsOf, sendOutcome, type SendableOutcome } from "./http-adapter";
import { malformedJson, payloadTooLarge, problem, schemaViolations, type ProblemError } from "../../core";
import { StoreUnavailableError } from "../stores";
import { UndeclaredOutcomeError } from "./dispatch";

interface HttpishError {
  status?: number;
  /** body-parser's kind of failure, e.g. "entity.parse.failed". */
  type?: string;
  /** express-openapi-validator's violations. */
  errors?: { path?: string; message?: string }[];
  message?: string;
  headers?: Record<string, string>;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const { requestId } = factsOf(res);
    const outcome =
      error instanceof StoreUnavailableError ? storeUnavailable(error, requestId) : toProblem(error ?? {}, requestId);
    if (outcome.status >= 500) logUnexpected(logger, error, requestId);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const allow = (error as HttpishError | undefined)?.headers?.Allow;
    sendOutcome(res, outcome, outcome.status === 405 && allow ? { Allow: allow.toUpperCase() } : {});
  };
}

function toProblem(error: HttpishError, requestId: string | undefined): SendableOutcome {
  const context = { requestId };
  switch (error.status) {
    case 400:
      if (error.type === "entity.parse.failed") return malformedJson(error.message ?? "", requestId);
      return schemaViolations(violations(error), requestId);
    case 404:
      return problem("not-found", "There is no operation at this path.", context);
    case 405:
      return problem("method-not-allowed", "This path does not answer this method.", context);
    case 413:
      return payloadTooLarge(requestId);
    case 415:
      return problem("unsupported-media-type", `The body must be application/json (${error.message ?? ""}).`, context);
    case 500:
      // express-openapi-validator's response validation: the server's own answer broke the spec.
      if (Array.isArray(error.errors))
        return problem("internal-error", `The response broke the contract: ${error.message}`, context);
      return unexpected(requestId);
    default:
      return unexpected(requestId);
  }
}

/** Fails closed: without its store the server cannot tell whether the request may be answered. */
function storeUnavailable(error: StoreUnavailableError, requestId: string | undefined): SendableOutcome {
  const detail = `${error.message}, so the request cannot be checked; try again once it is back.`;
  return problem("internal-error", detail, { requestId });
}

function unexpected(requestId: string | undefined): SendableOutcome {
  return problem("internal-error", "The server failed unexpectedly.", { requestId });
}

function violations(error: HttpishError): ProblemError[] {
  if (!Array.isArray(error.errors) || error.errors.length === 0)
    return [{ path: "/", message: error.message ?? "is invalid" }];
  return error.errors.map((e) => ({ path: e.path ?? "/", message: e.message ?? "is invalid" }));
}

/** Logs an unexpected error by kind and stack only: an error's own fields might quote the request. */
function logUnexpected(logger: Logger, error: unknown, requestId: string | undefined): void {
  const stack = error instanceof Error ? (error.stack ?? "").split("\n").slice(1).join("\n") : undefined;
  const kind = error instanceof Error ? error.name : typeof error;
  // The response validator's message names paths and rules, never values.
  const known = (error ?? {}) as HttpishError;
  const contractBreach =
    Array.isArray(known.errors) || error instanceof UndeclaredOutcomeError ? known.message : undefined;
  // Why a store could not answer (e.g. "ClientOfflineError: The client is offline"), never its keys.
  const cause = error instanceof StoreUnavailableError && error.cause instanceof Error ? error.cause : undefined;
  const storeCause = cause && `${cause.name}: ${cause.message}`;
  // A system error's code (ECONNREFUSED, say) tells an operator why, and names no value.
  const code = (error as { code?: unknown } | undefined)?.code;
  const errorSystemCode = typeof code === "string" && /^[A-Z][A-Z0-9_]*$/.test(code) ? code : undefined;
  logger.error({ requestId, errorKind: kind, errorSystemCode, contractBreach, storeCause, stack }, "unexpected error");
}
