/**
 * The contract's order of checks around whatever answers a request: the handlers of an
 * implementation (createFlexjobApp) or a proxy's forwarding to the real service (server/proxy/).
 * The middleware below reads as the spec's order of checks; both apps are this one list.
 */
import express, { type Request, type RequestHandler } from "express";
import pino from "pino";
import { MAX_BODY_BYTES, OPERATIONS, REQUEST_ID_RULE } from "../../generated/contract";
import { violationsOf } from "../../generated/validators";
import type { RequestIdStore } from "../stores";
import type { AuthMode } from "../../core";
import { corsForOperations } from "./cors";
import type { CorsOrigins } from "./cors-origins";
import { readBodyFacts } from "./dispatch";
import { DOCS_PATHS, docsPage } from "./docs-page";
import { errorHandler } from "./error-handler";
import { factsOf } from "./http-adapter";
import { inOrder, onlyAt } from "./in-order";
import { validateRequests, validateResponses } from "./openapi-validators";
import type { PipelineExtensions } from "./options";
import { logRequests } from "./request-log";
import * as steps from "./request-steps";
import { operationRoutes, routeIndex } from "./routes";
import { loadSpec } from "./spec";
import type { Logger } from "pino";

/** A breach of the contract by a request that `requestChecks: "report"` lets through. */
export interface RequestViolation {
  pointer: string;
  rule: string;
}

export interface ContractAppOptions {
  logger?: Logger | undefined;
  auth: AuthMode;
  cors?: CorsOrigins | undefined;
  validateResponses: boolean;
  /** Where x-requestIds are remembered (a reused one: 412), or "upstream": the replay rule is the upstream's. */
  replay: RequestIdStore | "upstream";
  /**
   * "refuse" (an implementation, and a proxy by default): a request the contract refuses gets its
   * Problem. "report": it goes on to the answering step with its violations given to `reported`.
   */
  requestChecks: "refuse" | "report";
  reported?: (res: express.Response, violations: RequestViolation[]) => void;
  /** Keep each request body's bytes as they arrived, for rawBodyOf (a proxy forwards them). */
  keepRawBodies?: boolean;
  extensions?: PipelineExtensions | undefined;
  /** Answers a request that passed every check. */
  answer: RequestHandler;
}

const rawBodies = new WeakMap<Request, Buffer>();

/** The request body's bytes as they arrived (once the body step has read them, with keepRawBodies or requestChecks "report"). */
export function rawBodyOf(req: Request): Buffer {
  return rawBodies.get(req) ?? Buffer.alloc(0);
}

export function createContractApp(options: ContractAppOptions): express.Express {
  const logger = options.logger ?? pino({ enabled: false });
  const spec = loadSpec();
  const routes = operationRoutes();
  const { observe, beforeHandler } = options.extensions ?? {};
  const app = bareApp();
  const answerErrors = errorHandler(logger);
  const keep = (req: Request, _res: unknown, bytes: Buffer): void => void rawBodies.set(req, bytes);
  const refuse = options.requestChecks === "refuse";
  // One layer for every step before the answer, in the spec's order of checks (in-order.ts).
  app.use(
    inOrder(
      // 0. Echo a well-formed x-requestId on every response; log (and observe) every request; read the path.
      steps.echoRequestId(),
      logRequests(logger),
      steps.originForm(),
      observe,
      // 0. With auth "certificate", the caller is the organisation of the verified client certificate.
      options.auth === "certificate" && steps.identifyByCertificate(),
      // 0. An Expect header the server cannot meet: 417.
      steps.refuseExpectations(),
      // CORS preflights and headers for the operations, for the origins allowed.
      options.cors && corsForOperations(options.cors, routes),
      // The contract on the wire, for Postman, Prism or a fuzzer.
      specOnTheWire(spec),
      // The contract for people: an API reference page that loads nothing from another host.
      onlyAt(Object.values(DOCS_PATHS), docsPage()),
      // 0. Only the spec's operations: 404 for another path, 405 with Allow for another method.
      steps.matchOperation(routeIndex(routes)),
      // From here on, every answer of an operation is checked against the spec when asked for.
      options.validateResponses && validateResponses(app, spec.document, answerErrors),
      ...(refuse
        ? [
            // 1. x-requestId missing or malformed: 400 invalid-request.
            steps.requireRequestId(),
            // 2. x-requestId seen before: 412; remembered from here on, whatever the outcome.
            options.replay !== "upstream" && steps.rejectReplays(options.replay),
            // 3. Body not JSON (415), over 1 MB (413), malformed (400), against the schema (400, its violations).
            // Not strict: any JSON value parses, so `null` or `[]` is reported by the schema ("/body must be object").
            steps.requireJsonBody(),
            express.json({ limit: MAX_BODY_BYTES, strict: false, ...(options.keepRawBodies ? { verify: keep } : {}) }),
            steps.normaliseContentType(),
            validateRequests(spec.document),
          ]
        : [express.raw({ type: () => true, limit: MAX_BODY_BYTES, verify: keep }), reportRequest(options)]),
      readBodyFacts(),
      // What an extension adds for a request that passed every check above (the sandbox's faults).
      beforeHandler,
      options.answer,
    ),
  );
  // Every thrown, validator and parser error as the spec's Problem.
  app.use(answerErrors);
  return app;
}

/**
 * `requestChecks: "report"`: the request's breaches of the x-requestId rule and of its body's
 * schema (the precompiled validators' rules), given to `reported`; the parsed body (or undefined)
 * goes on as req.body.
 */
function reportRequest(options: ContractAppOptions): RequestHandler {
  return (req, res, next) => {
    const violations: RequestViolation[] = [];
    const facts = factsOf(res);
    const { header, minLength, maxLength } = REQUEST_ID_RULE;
    if (facts.requestId === undefined)
      violations.push({
        pointer: `/request/headers/${header}`,
        rule: `${minLength} to ${maxLength} characters, given once`,
      });
    const bytes = rawBodyOf(req);
    let body: unknown;
    if (!req.is("application/json"))
      violations.push({ pointer: "/request/headers/content-type", rule: "application/json" });
    try {
      body = JSON.parse(bytes.toString("utf8"));
    } catch {
      violations.push({ pointer: "/request/body", rule: "well-formed JSON" });
    }
    if (body !== undefined) {
      const schema = OPERATIONS[facts.operation!.operationId].requestSchema;
      for (const v of violationsOf(schema, body))
        violations.push({ pointer: `/request/body${v.pointer}`, rule: v.rule });
    }
    req.body = body;
    if (violations.length > 0) options.reported?.(res, violations);
    next();
  };
}

/**
 * GET (and HEAD) /openapi.yaml and /openapi.json, 405 for another method. Encoded once and shared
 * by every answer: answers queued for a client that does not read hold no copies.
 */
function specOnTheWire(spec: ReturnType<typeof loadSpec>): RequestHandler {
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
