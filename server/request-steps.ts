/**
 * The checks before a handler runs, one middleware each, in the spec's order of checks. Each
 * answers through `sendOutcome` or passes on; none reads the body's content.
 */
import type { Request, RequestHandler, Response } from "express";
import { REQUEST_ID_RULE } from "../generated/contract";
import { factsOf, sendOutcome } from "./http-adapter";
import { problem } from "./problems";
import type { RequestIdStore } from "./request-id-store";
import type { OperationRoute } from "./routes";

const { header: REQUEST_ID, minLength, maxLength } = REQUEST_ID_RULE;

function isWellFormed(id: string | undefined): id is string {
  return id !== undefined && id.length >= minLength && id.length <= maxLength;
}

/**
 * Step 0: a request line in absolute form (`POST http://host/Flexjob/IsAlive`), which HTTP/1.1
 * servers must accept, is read as its path and query, as every later step and the validator
 * match on the path.
 */
export function originForm(): RequestHandler {
  return (req, _res, next) => {
    if (!req.url.startsWith("/") && URL.canParse(req.url)) {
      const url = new URL(req.url);
      req.url = req.originalUrl = url.pathname + url.search;
    }
    next();
  };
}

/** Step 0: every response echoes a well-formed x-requestId. */
export function echoRequestId(): RequestHandler {
  return (req, res, next) => {
    const id = req.get(REQUEST_ID);
    if (isWellFormed(id)) {
      factsOf(res).requestId = id;
      res.set(REQUEST_ID, id);
    }
    next();
  };
}

/** Step 0: only the spec's operations exist; 404 for another path, 405 (with Allow) for another method. */
export function matchOperation(index: ReadonlyMap<string, ReadonlyMap<string, OperationRoute>>): RequestHandler {
  return (req, res, next) => {
    const { requestId } = factsOf(res);
    const byMethod = index.get(req.path);
    if (!byMethod)
      return sendOutcome(res, problem("not-found", `There is no operation at ${req.path}.`, { requestId }));
    const operation = byMethod.get(req.method);
    if (!operation) return refuseMethod(req, res, [...byMethod.keys()].join(", "));
    factsOf(res).operation = operation;
    next();
  };
}

/** 405 with `Allow` for a path that answers other methods only (the spec documents on the wire). */
export function onlyMethods(allow: string): RequestHandler {
  return (req, res) => refuseMethod(req, res, allow);
}

function refuseMethod(req: Request, res: Response, allow: string): void {
  const detail = `${req.path} answers ${allow} only.`;
  sendOutcome(res, problem("method-not-allowed", detail, { requestId: factsOf(res).requestId }), { Allow: allow });
}

/** Step 1: x-requestId missing or malformed → 400 invalid-request. */
export function requireRequestId(): RequestHandler {
  return (req, res, next) => {
    if (factsOf(res).requestId !== undefined) return next();
    const given = req.get(REQUEST_ID);
    const message =
      given === undefined
        ? "is required"
        : `must be ${minLength} to ${maxLength} characters long (got ${given.length})`;
    const errors = [{ path: `/headers/${REQUEST_ID}`, message }];
    sendOutcome(res, problem("invalid-request", `The ${REQUEST_ID} header ${message}.`, { errors }));
  };
}

/** Step 2: an x-requestId seen before → 412; every well-formed id is remembered from here on. */
export function rejectReplays(store: RequestIdStore): RequestHandler {
  return async (_req, res, next) => {
    const requestId = factsOf(res).requestId!;
    if (await store.remember(requestId)) return next();
    const detail = "This x-requestId has been used before; every request needs a new one.";
    sendOutcome(res, problem("replayed-request-id", detail, { requestId }));
  };
}

/** Step 3, before parsing: a body must be there and be application/json (415 otherwise). */
export function requireJsonBody(): RequestHandler {
  return (req, res, next) => {
    const { requestId } = factsOf(res);
    const type = req.is("application/json");
    if (type === null || req.get("content-length") === "0") {
      const errors = [{ path: "/body", message: "is required (a JSON object)" }];
      return sendOutcome(res, problem("invalid-request", "The request has no body.", { requestId, errors }));
    }
    if (type === false) {
      const detail = `The body must be application/json, not ${req.get("content-type") ?? "untyped"}.`;
      return sendOutcome(res, problem("unsupported-media-type", detail, { requestId }));
    }
    next();
  };
}

/**
 * Step 3, after parsing: the validator caches one compiled validator per content-type string, so
 * every parsed body is presented as plain application/json (whose charset the parser has handled).
 */
export function normaliseContentType(): RequestHandler {
  return (req, _res, next) => {
    req.headers["content-type"] = "application/json";
    next();
  };
}
