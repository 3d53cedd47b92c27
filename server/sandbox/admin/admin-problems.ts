/**
 * Error answers of the admin listener: the service's Problem shape (application/problem+json),
 * with admin kinds and no STAR errorCode, since no STAR fault is involved.
 */
import type { ErrorRequestHandler, Response } from "express";
import type { Logger } from "pino";
import type { Problem, ProblemError } from "../../pipeline";
import { StoreUnavailableError } from "../../stores";

const KINDS = {
  "invalid-request": { status: 400, title: "The admin request is not valid" },
  "not-found": { status: 404, title: "Not found" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  "too-many-faults": { status: 409, title: "Too many faults" },
  "no-cases": { status: 409, title: "No cases in proxy mode" },
  "payload-too-large": { status: 413, title: "Payload too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "internal-error": { status: 500, title: "Internal error" },
  "store-unavailable": { status: 503, title: "Store unavailable" },
} as const;

type AdminProblemKind = keyof typeof KINDS;

export const ADMIN_PROBLEM_PREFIX = "urn:flexjob-contract:admin-problem:";

export function sendAdminProblem(
  res: Response,
  kind: AdminProblemKind,
  detail: string,
  errors?: ProblemError[],
  headers: Record<string, string> = {},
): void {
  const { status, title } = KINDS[kind];
  const body: Problem = { type: ADMIN_PROBLEM_PREFIX + kind, title, status, detail };
  if (errors) body.errors = errors;
  res.status(status).set(headers).type("application/problem+json").json(body);
}

interface HttpishError {
  status?: number;
  type?: string;
  message?: string;
  errors?: { path?: string; message?: string }[];
  headers?: Record<string, string>;
}

/** Every validator, parser and thrown error of the admin listener as a Problem. */
export function adminErrorHandler(logger: Logger): ErrorRequestHandler {
  return (thrown: unknown, req, res, _next) => {
    const error = (thrown ?? {}) as HttpishError;
    if (res.headersSent) return void res.destroy();
    if (thrown instanceof StoreUnavailableError) return storeUnavailable(res, thrown, logger);
    switch (error.status) {
      case 400:
        return sendAdminProblem(
          res,
          "invalid-request",
          "The request breaks the admin API; see errors.",
          violations(error),
        );
      case 404:
        return sendAdminProblem(res, "not-found", `There is no admin operation at ${req.path}.`);
      case 405:
        return sendAdminProblem(res, "method-not-allowed", `${req.path} does not answer ${req.method}.`, undefined, {
          Allow: (error.headers?.Allow ?? "").toUpperCase(),
        });
      case 413:
        return sendAdminProblem(res, "payload-too-large", "The body is larger than 1 MB.");
      case 415:
        return sendAdminProblem(res, "unsupported-media-type", "The body must be application/json.");
      default:
        logger.error({ errorKind: thrown instanceof Error ? thrown.name : typeof thrown }, "admin: unexpected error");
        return sendAdminProblem(res, "internal-error", "The admin listener failed unexpectedly.");
    }
  };
}

/** A shared store (Redis) that cannot answer: the state cannot be read or changed now, but may be soon. */
function storeUnavailable(res: Response, error: StoreUnavailableError, logger: Logger): void {
  const cause = error.cause instanceof Error ? `${error.cause.name}: ${error.cause.message}` : undefined;
  logger.error({ store: error.store, storeCause: cause }, "admin: store unavailable");
  sendAdminProblem(res, "store-unavailable", `${error.message}; try again once it is back.`);
}

function violations(error: HttpishError): ProblemError[] {
  if (error.type === "entity.parse.failed")
    return [{ path: "/body", message: `must be well-formed JSON: ${error.message ?? ""}` }];
  if (!Array.isArray(error.errors) || error.errors.length === 0)
    return [{ path: "/", message: error.message ?? "is invalid" }];
  return error.errors.map((e) => ({ path: e.path ?? "/", message: e.message ?? "is invalid" }));
}
