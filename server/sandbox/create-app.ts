/**
 * createApp builds the reference server's Express app from the spec: the middleware below reads as
 * the spec's order of checks. It is synchronous and throws a FixtureError on a bad case file.
 */
import express from "express";
import pino from "pino";
import { resolveAppOptions, type AppOptions, type ResolvedAppOptions } from "./app-options";
import { loadCaseBook, sandboxDir, type CaseBook } from "./case-book";
import { createCaseRegistry } from "./control/case-registry";
import { applyFaults } from "./control/fault-step";
import { journalRequests } from "./control/journal-step";
import type { SandboxControl } from "./control/sandbox-control";
import { corsForOperations } from "../pipeline/cors";
import { DOCS_PATHS, docsPage } from "../pipeline/docs-page";
import { inOrder, onlyAt } from "../pipeline/in-order";
import { errorHandler } from "../pipeline/error-handler";
import { createHandlers } from "./handlers";
import { dispatchTo } from "../pipeline/http-adapter";
import { createMemoryRequestIdStore, type RequestIdStore } from "../stores/request-id-store";
import { logRequests } from "../pipeline/request-log";
import * as steps from "../pipeline/request-steps";
import { operationRoutes, routeIndex } from "../pipeline/routes";
import { validateRequests, validateResponses } from "../pipeline/openapi-validators";
import { loadSpec } from "../pipeline/spec";
import { CASE_OPERATIONS, MAX_BODY_BYTES, PROBLEM_KINDS } from "../../generated/contract";

export type { AppOptions } from "./app-options";

export function createApp(options: AppOptions = {}): express.Express {
  const { config, logger, spec, handlers, store, routes, control } = assemble(resolveAppOptions(options));
  const app = bareApp();
  const answerErrors = errorHandler(logger);
  // One layer for every step before the handler, in the spec's order of checks (in-order.ts).
  app.use(
    inOrder(
      // 0. Echo a well-formed x-requestId on every response; log (and journal) every request; read the path.
      steps.echoRequestId(),
      logRequests(logger),
      steps.originForm(),
      control && journalRequests(control.journal),
      // 0. With --auth certificate, the caller is the organisation of the verified client certificate.
      config.auth === "certificate" && steps.identifyByCertificate(),
      // 0. An Expect header the server cannot meet: 417.
      steps.refuseExpectations(),
      // CORS preflights and headers for the operations, for the origins allowed (--cors).
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
      // The admin listener's faults, for a request that passed every check above.
      control && applyFaults(control.state, control.held),
      // 4.–6. Authorisation (403), case lookup (404, 409), 200: the operation's handler.
      dispatchTo(handlers),
    ),
  );
  // Every thrown, validator and parser error as the spec's Problem.
  app.use(answerErrors);
  return app;
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

/** Everything the pipeline needs, built once: spec, routes, validated cases, handlers, store. */
function assemble(config: ResolvedAppOptions) {
  const logger = config.logger ?? pino({ enabled: false });
  const spec = loadSpec();
  const dirs = [...(config.sandbox ? [sandboxDir()] : []), ...(config.fixturesDir ? [config.fixturesDir] : [])];
  const book = loadCaseBook(dirs);
  if (CASE_OPERATIONS.every((operationId) => book[operationId].size === 0)) {
    const { status, errorCode } = PROBLEM_KINDS["case-not-found"];
    logger.warn(
      { sandbox: config.sandbox, fixturesDir: config.fixturesDir },
      `no case is served (sandbox off, no case file given): every case lookup answers ${status} / ${errorCode}`,
    );
  }
  const store = config.requestIdStore ?? memoryStore(config, logger);
  const handlers = createHandlers({
    cases: config.control ? connect(config.control, book, store) : book,
    auth: config.auth,
    unknownGrantStatus: config.unknownGrantStatus,
  });
  return {
    config,
    logger,
    spec,
    routes: operationRoutes(),
    handlers,
    store,
    control: config.control,
  };
}

/** Run-time cases over the start-up ones; the control reaches them and the request ids. */
function connect(control: SandboxControl, book: CaseBook, requestIds: RequestIdStore) {
  const cases = createCaseRegistry(book, control.state);
  control.connect({ cases, requestIds });
  return cases.source;
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

function memoryStore(config: ResolvedAppOptions, logger: pino.Logger): RequestIdStore {
  return createMemoryRequestIdStore({
    retentionMs: config.retentionMs,
    maxIds: config.maxRequestIds,
    onBoundReached: (maxIds) =>
      logger.warn(
        { maxIds },
        "request id store full: the oldest ids are forgotten early and their replays no longer caught",
      ),
  });
}
