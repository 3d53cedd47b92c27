/**
 * The one place that turns outcomes into HTTP responses and requests into handler input. Handlers
 * and checks compute `{ status, body }`; only this module writes a response body.
 */
import type { Request, RequestHandler, Response } from "express";
import type { components } from "../../generated/flexjob";
import type { CertificateIdentity } from "./certificate-identity";
import type { Handler, HandlerInput } from "./handler-types";
import type { FaultResponse } from "../sandbox/control/faults";
import type { OperationId, OperationRoute } from "./routes";
import { serialisedBody } from "./serialised-bodies";

export interface SendableOutcome {
  status: number;
  body: unknown;
}

/** What earlier steps learnt about the request, kept in `res.locals`. */
export interface RequestFacts {
  /** The x-requestId when well-formed (1..46 characters); echoed and remembered. */
  requestId?: string;
  /** The spec operation at this path and method. */
  operation?: OperationRoute;
  /**
   * activeOrganisationHeader.organisationCode of a body that passed validation; with `--auth
   * certificate` the client certificate's CVR, from the first step on.
   */
  callerOrganisation?: string | undefined;
  /** With `--auth certificate`: the verified client certificate's organisation. */
  certificate?: CertificateIdentity;
  /** getCaseElementRequestType.caseElementIdentifier of a body that passed validation. */
  caseElementIdentifier?: string | undefined;
  /** The admin listener's fault applied to the request, if any. */
  fault?: { id: string; response: FaultResponse };
  /** With response validation, from routing on: the answer is to be checked; cleared once it is. */
  checkAnswer?: boolean;
  /** The error body sent, for the debug log's account of a refusal (refusal-log.ts). */
  problem?: components["schemas"]["Problem"];
}

export function factsOf(res: Response): RequestFacts {
  return res.locals as RequestFacts;
}

/**
 * Writes an outcome: errors as application/problem+json, the rest as application/json. A body
 * serialised at load goes out as its stored bytes, the same bytes and headers res.json would
 * write; it was checked against the spec when loaded, so response validation (which hooks
 * res.json) sees only the bodies computed per request.
 */
export function sendOutcome(res: Response, outcome: SendableOutcome, headers: Record<string, string> = {}): void {
  // Every error outcome is built by problem() (problems.ts), so its body is a Problem.
  if (outcome.status >= 400) factsOf(res).problem = outcome.body as components["schemas"]["Problem"];
  res.status(outcome.status).set(headers);
  const bytes = serialisedBody(outcome.body);
  if (bytes && outcome.status < 400) {
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    res.send(bytes);
    return;
  }
  res.type(outcome.status >= 400 ? "application/problem+json" : "application/json");
  res.json(outcome.body);
}

/**
 * Writes an injected fault's Problem past response validation: the status is the test's choice,
 * one the spec may not document for the operation.
 */
export function sendFaultOutcome(res: Response, outcome: SendableOutcome): void {
  res.status(outcome.status).type("application/problem+json").send(JSON.stringify(outcome.body));
}

type AnyHandler = (input: HandlerInput<OperationId>) => Promise<SendableOutcome>;

/** The last step: calls the operation's handler with the validated body and sends its outcome. */
export function dispatchTo(handlers: { [O in OperationId]: Handler<O> }): RequestHandler {
  return async (req: Request, res: Response) => {
    const facts = factsOf(res);
    const operationId = facts.operation!.operationId;
    // The request validator has checked req.body against this operation's schema, and step 1
    // the x-requestId; the handler of `operationId` takes exactly that body.
    const handler = handlers[operationId] as AnyHandler;
    const body = req.body as HandlerInput<OperationId>["body"];
    const { certificate } = facts;
    if (certificate === undefined) facts.callerOrganisation = body.activeOrganisationHeader?.organisationCode;
    sendOutcome(res, await handler({ body, requestId: facts.requestId!, ...(certificate ? { certificate } : {}) }));
  };
}
