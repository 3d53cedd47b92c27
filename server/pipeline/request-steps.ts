/**
 * The checks before a handler runs, one middleware each, in the spec's order of checks. Each
 * answers through `sendOutcome` or passes on; none reads the body's content.
 */
import type { Request, RequestHandler, Response } from "express";
import { REQUEST_ID_RULE } from "../../generated/contract";
import {
  identityOfSocket,
  isWellFormedRequestId,
  missingBody,
  problem,
  replayedRequestId,
  requestIdRefusal,
  unsupportedMediaType,
} from "../../core";
import { factsOf, sendOutcome } from "./http-adapter";
import { originFormOf } from "./request-target";
import type { RequestIdStore } from "../stores";
import type { OperationRoute } from "./routes";

const { header: REQUEST_ID } = REQUEST_ID_RULE;

/**
 * Step 0: a request line in absolute form (`POST http://host/Flexjob/IsAlive`), which HTTP/1.1
 * servers must accept, is read as its path and query, as every later step and the validator
 * match on the path. (server/transport/serve.ts does this before Express reads the target at all.)
 */
export function originForm(): RequestHandler {
  return (req, _res, next) => {
    if (!req.url.startsWith("/")) req.url = req.originalUrl = originFormOf(req.url);
    next();
  };
}

/** The x-requestId headers as sent: Node joins repeated ones into one value ("a, b"). */
function requestIdHeaders(req: Request): string[] {
  return req.headersDistinct[REQUEST_ID.toLowerCase()] ?? [];
}

/** Step 0: every response echoes a well-formed x-requestId (given once: two are never joined into one id). */
export function echoRequestId(): RequestHandler {
  return (req, res, next) => {
    const given = requestIdHeaders(req);
    const id = given.length === 1 ? given[0] : undefined;
    if (isWellFormedRequestId(id)) {
      factsOf(res).requestId = id;
      res.set(REQUEST_ID, id);
    }
    next();
  };
}

/**
 * Step 0 of `--auth certificate`: the certificate's organisation is the request's caller from the
 * start, so that every request's log line names it (also those refused before the body is read).
 */
export function identifyByCertificate(): RequestHandler {
  return (req, res, next) => {
    const identity = identityOfSocket(req.socket);
    factsOf(res).certificate = identity;
    factsOf(res).callerOrganisation = identity.cvr;
    next();
  };
}

/** Node's own test for an Expect it meets by sending 100 Continue (lib/_http_server.js). */
const CONTINUE = /(?:^|\W)100-continue(?:$|\W)/i;

/**
 * Step 0: an `Expect` other than 100-continue (which Node answers itself) → 417. Node hands such
 * a request to the app only when the server forwards its `checkExpectation` event (server/transport/serve.ts).
 */
export function refuseExpectations(): RequestHandler {
  return (req, res, next) => {
    const expect = req.get("expect");
    if (expect === undefined || CONTINUE.test(expect)) return next();
    const detail = "The server meets no expectation but 100-continue; send the request without Expect.";
    sendOutcome(res, problem("expectation-failed", detail, { requestId: factsOf(res).requestId }));
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

/** Step 1: x-requestId missing, malformed or repeated → 400 invalid-request. */
export function requireRequestId(): RequestHandler {
  return (req, res, next) => {
    if (factsOf(res).requestId !== undefined) return next();
    // echoRequestId has found no single well-formed id, so this is a refusal.
    sendOutcome(res, requestIdRefusal(requestIdHeaders(req))!);
  };
}

/** Step 2: an x-requestId seen before → 412; every well-formed id is remembered from here on. */
export function rejectReplays(store: RequestIdStore): RequestHandler {
  return async (_req, res, next) => {
    const requestId = factsOf(res).requestId!;
    if (await store.remember(requestId)) return next();
    sendOutcome(res, replayedRequestId(requestId));
  };
}

/** Step 3, before parsing: a body must be there and be application/json (415 otherwise). */
export function requireJsonBody(): RequestHandler {
  return (req, res, next) => {
    const { requestId } = factsOf(res);
    const type = req.is("application/json");
    if (type === null || req.get("content-length") === "0") return sendOutcome(res, missingBody(requestId));
    if (type === false) return sendOutcome(res, unsupportedMediaType(req.get("content-type"), requestId));
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
