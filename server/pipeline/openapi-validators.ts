/**
 * express-openapi-validator over the spec, split in two because the spec's order of checks puts
 * replay detection between routing and body validation, while response validation must cover every
 * answer from routing on: one instance validates responses (its step installed right after
 * routing), the other requests (after the body is parsed). Each instance keeps its own metadata in
 * `req.openapi` and checks only what it set there itself, so each runs its route lookup just
 * before its own check.
 */
import type { ErrorRequestHandler, Express, RequestHandler, Response } from "express";
import type * as OpenApiValidatorModule from "express-openapi-validator";
import { OPERATIONS } from "../../generated/contract";
import { violationsOf } from "../../generated/validators";
import { factsOf } from "./http-adapter";
import { inOrder } from "./in-order";
import type { SpecDocument } from "./spec";

type ValidatorOptions = Parameters<typeof OpenApiValidatorModule.middleware>[0];

/**
 * The validator's security step, a promise hop per request that only calls next() with
 * `validateSecurity: false`; left out of the pipeline.
 */
const SECURITY_STEP = "securityMiddleware";

/**
 * `mountPath`: where the app is mounted in an app of its own (req.baseUrl, "" at the root); the
 * validator matches the spec's paths below it.
 */
function middleware(
  document: Readonly<SpecDocument>,
  part: "requests" | "responses",
  mountPath: string,
): RequestHandler[] {
  // Loaded when first needed: a server whose requests all pass the precompiled validators, without
  // --response-validation, never loads it (it and its preprocessing of the spec were most of a start).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const OpenApiValidator = require("express-openapi-validator") as typeof OpenApiValidatorModule;
  return OpenApiValidator.middleware({
    // A mutable copy: the validator rewrites the document it is given.
    apiSpec: {
      ...structuredClone(document),
      servers: [{ url: mountPath || "/" }],
    } as unknown as ValidatorOptions["apiSpec"],
    validateRequests: part === "requests" && {
      allErrors: true,
      coerceTypes: false,
      allowUnknownQueryParameters: false,
    },
    validateResponses: part === "responses" && { allErrors: true, coerceTypes: false, removeAdditional: false },
    // "full" format checks: the "fast" date-time check accepts 2025-02-30T00:00:00Z.
    validateFormats: true,
    ajvFormats: { mode: "full" },
    validateSecurity: false,
    fileUploader: false,
    // Checking the document against the OpenAPI 3.0 schema took about a third of each start; the
    // spec is fixed and checked once, by test/contract/openapi-documents.test.ts.
    validateApiSpec: false,
  }).filter((step) => step.name !== SECURITY_STEP) as RequestHandler[];
}

/**
 * Validates every later answer of an operation that is computed per request (a Problem, a case
 * added at run time) against the spec; a breach becomes an error (500 internal-error) for the
 * error middleware. Answers stored at load (the case files' bodies, IsAlive's) are sent as their
 * stored bytes: they were checked against the same schemas when loaded (generated/validators.js,
 * as strict as express-openapi-validator) and are frozen, so checking them again on every answer
 * would repeat work that cannot find anything.
 *
 * express-openapi-validator checks an answer by hooking res.json behind a route lookup of its own;
 * both run when an answer to check is written, not for every request, and its instance is built
 * for the first such answer. The step marks a request's answer for checking (the answers before it,
 * 404 and 405, are not an operation's); `app`'s res.json does the rest, so that a request whose
 * answer is stored costs nothing more than without validation. A breach, or any error of the
 * check itself, goes straight to `onError` (the app's error middleware), whose 500 answer is not
 * checked again: the answer being checked may be that middleware's own.
 */
export function validateResponses(
  app: Express,
  document: Readonly<SpecDocument>,
  onError: ErrorRequestHandler,
): RequestHandler {
  const json = app.response.json;
  let check: RequestHandler | undefined;
  app.response.json = function checkedJson(this: Response, body: unknown) {
    const facts = factsOf(this);
    if (!facts.checkAnswer) return json.call(this, body);
    facts.checkAnswer = false;
    const req = this.req;
    // The response validator keys its compiled validators by the request's content type and uses
    // that key as an ajv schema id: each new content type would compile every response schema
    // again, and one that is no URI (say `%`) makes ajv throw. The answer's schema does not depend
    // on it, so every request presents the same one.
    req.headers["content-type"] = "application/json";
    const fail = (error: unknown): void => {
      onError(error, req, this, () => undefined);
    };
    try {
      check ??= inOrder(middleware(document, "responses", req.baseUrl));
      // Its route lookup and its hook on this response's res.json, then the answer through that hook.
      check(req, this, (error?: unknown) => (error ? fail(error) : this.json(body)));
    } catch (error) {
      fail(error);
    }
    return this;
  };
  return (_req, res, next) => {
    factsOf(res).checkAnswer = true;
    next();
  };
}

/**
 * Validates headers, query and the parsed body, reporting every violation (400).
 *
 * A request that the validator would pass untouched skips its per-request work (a route lookup,
 * a parameter mutator, promise hops): one without a query string (the spec has no query
 * parameters, so any is a violation), whose x-requestId step 1 has accepted (the spec's only
 * header parameter, the same length rule), and whose body the precompiled validator of the
 * operation's request schema accepts (generated/validators.js: the same schemas, ajv, full formats,
 * and int32/double checks as express-openapi-validator's; the spec has no defaults to fill in).
 * Every other request goes through express-openapi-validator, whose error bodies are the contract;
 * its instance is built for the first such request (a few hundred ms, once, in which the server
 * answers nothing else).
 */
export function validateRequests(document: Readonly<SpecDocument>): RequestHandler {
  let validate: RequestHandler | undefined;
  return (req, res, next) => {
    const { operationId } = factsOf(res).operation!;
    const passes = !req.url.includes("?") && violationsOf(OPERATIONS[operationId].requestSchema, req.body).length === 0;
    if (passes) return next();
    validate ??= inOrder(middleware(document, "requests", req.baseUrl));
    return validate(req, res, next);
  };
}
