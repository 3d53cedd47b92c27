/**
 * createFlexjobApp: the contract's pipeline around an implementation's handlers, as an Express app
 * to serve (transport's `serve`) or to mount in an app of one's own. The middleware below reads as
 * the spec's order of checks; everything before and after the handlers is the pipeline's: the
 * x-requestId rule and the replay store, validation with violations that name the element, the
 * caller's identity, the error table's Problems, response validation when asked for, the request
 * log. It is synchronous and throws a ConfigError on a bad option.
 */
import express from "express";
import pino, { type Logger } from "pino";
import { MAX_BODY_BYTES } from "../../generated/contract";
import { createMemoryRequestIdStore, type RequestIdStore } from "../stores";
import { corsForOperations } from "./cors";
import { dispatchTo, readBodyFacts } from "./dispatch";
import { DOCS_PATHS, docsPage } from "./docs-page";
import { errorHandler } from "./error-handler";
import { inOrder, onlyAt } from "./in-order";
import { validateRequests, validateResponses } from "./openapi-validators";
import { resolvePipelineOptions, type FlexjobAppOptions, type ResolvedPipelineOptions } from "./options";
import { logRequests } from "./request-log";
import * as steps from "./request-steps";
import { operationRoutes, routeIndex } from "./routes";
import { loadSpec } from "./spec";

export function createFlexjobApp(options: FlexjobAppOptions): express.Express {
  const config = resolvePipelineOptions(options);
  const logger = config.logger ?? pino({ enabled: false });
  const spec = loadSpec();
  const routes = operationRoutes();
  const store = config.requestIdStore ?? defaultRequestIdStore(config, logger);
  const { observe, beforeHandler } = config.extensions ?? {};
  const app = bareApp();
  const answerErrors = errorHandler(logger);
  // One layer for every step before the handler, in the spec's order of checks (in-order.ts).
  app.use(
    inOrder(
      // 0. Echo a well-formed x-requestId on every response; log (and observe) every request; read the path.
      steps.echoRequestId(),
      logRequests(logger),
      steps.originForm(),
      observe,
      // 0. With auth "certificate", the caller is the organisation of the verified client certificate.
      config.auth === "certificate" && steps.identifyByCertificate(),
      // 0. An Expect header the server cannot meet: 417.
      steps.refuseExpectations(),
      // CORS preflights and headers for the operations, for the origins allowed.
      config.cors && corsForOperations(config.cors, routes),
      // The contract on the wire, for Postman, Prism or a fuzzer.
      specOnTheWire(spec),
      // The contract for people: an API reference page that loads nothing from another host.
      onlyAt(Object.values(DOCS_PATHS), docsPage()),
      // 0. Only the spec's operations: 404 for another path, 405 with Allow for another method.
      steps.matchOperation(routeIndex(routes)),
      // From here on, every answer of an operation is checked against the spec when asked for.
      config.validateResponses && validateResponses(app, spec.document, answerErrors),
      // 1. x-requestId missing or malformed: 400 invalid-request.
      steps.requireRequestId(),
      // 2. x-requestId seen before: 412; remembered from here on, whatever the outcome.
      steps.rejectReplays(store),
      // 3. Body not JSON (415), over 1 MB (413), malformed (400), against the schema (400, its violations).
      // Not strict: any JSON value parses, so `null` or `[]` is reported by the schema ("/body must be object").
      steps.requireJsonBody(),
      express.json({ limit: MAX_BODY_BYTES, strict: false }),
      steps.normaliseContentType(),
      validateRequests(spec.document),
      readBodyFacts(),
      // What an extension adds for a request that passed every check above (the sandbox's faults).
      beforeHandler,
      // 4. No caller the auth mode accepts: 403. 5.–6. The handler: 403, 404, 409 or 200.
      dispatchTo(config.handlers, config.auth),
    ),
  );
  // Every thrown, validator and parser error as the spec's Problem.
  app.use(answerErrors);
  return app;
}

/**
 * The in-memory request id store with the options' retention and bound, which warns once when the
 * bound makes it forget ids early.
 */
export function defaultRequestIdStore(
  options: Pick<ResolvedPipelineOptions, "retentionMs" | "maxRequestIds">,
  logger: Logger,
): RequestIdStore {
  return createMemoryRequestIdStore({
    retentionMs: options.retentionMs,
    maxIds: options.maxRequestIds,
    onBoundReached: (maxIds) =>
      logger.warn(
        { maxIds },
        "request id store full: the oldest ids are forgotten early and their replays no longer caught",
      ),
  });
}

/**
 * GET (and HEAD) /openapi.yaml and /openapi.json, 405 for another method. Encoded once and shared
 * by every answer: answers queued for a client that does not read hold no copies.
 */
function specOnTheWire(spec: ReturnType<typeof loadSpec>): express.RequestHandler {
  const documents = new Map([
    ["/openapi.yaml", { type: "application/yaml; charset=utf-8", bytes: Buffer.from(spec.yamlText) }],
    ["/openapi.json", { type: "application/json", bytes: Buffer.from(JSON.stringify(spec.document, null, 2)) }],
  ]);
  const refuse = steps.onlyMethods("GET, HEAD");
  return (req, res, next) => {
    const document = documents.get(req.path);
    if (document === undefined) return next();
    if (req.method !== "GET" && req.method !== "HEAD") return refuse(req, res, next);
    res.type(document.type).send(document.bytes);
  };
}

function bareApp(): express.Express {
  const app = express();
  app.disable("x-powered-by");
  // Every POST answer is fresh; hashing each body for an ETag would be work for nothing.
  app.disable("etag");
  // The spec's paths exactly, as the 404/405 step matches them.
  app.set("case sensitive routing", true);
  app.set("strict routing", true);
  return app;
}
