/**
 * The one place that turns outcomes into HTTP responses and requests into handler input. Handlers
 * and checks compute `{ status, body }`; only this module writes a response body.
 */
import type { Request, RequestHandler, Response } from "express";
import { encodingOf } from "./encoded-bodies";
import type { components } from "../generated/flexjob";
import type { Handler, HandlerInput } from "./handler-types";
import type { OperationId, OperationRoute } from "./routes";

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
  /** activeOrganisationHeader.organisationCode of a body that passed validation. */
  callerOrganisation?: string;
  /** The response validator checks this answer, so it must be sent through res.json. */
  responseValidated?: true;
  /** The error body sent, for the debug log's account of a refusal (refusal-log.ts). */
  problem?: components["schemas"]["Problem"];
}

export function factsOf(res: Response): RequestFacts {
  return res.locals as RequestFacts;
}

/**
 * Writes an outcome: errors as application/problem+json, the rest as application/json. A body
 * encoded once (server/encoded-bodies.ts) is sent as its shared encoding.
 */
export function sendOutcome(res: Response, outcome: SendableOutcome, headers: Record<string, string> = {}): void {
  // Every error outcome is built by problem() (problems.ts), so its body is a Problem.
  if (outcome.status >= 400) factsOf(res).problem = outcome.body as components["schemas"]["Problem"];
  res.status(outcome.status).set(headers);
  res.type(outcome.status >= 400 ? "application/problem+json" : "application/json");
  const encoded = factsOf(res).responseValidated ? undefined : encodingOf(outcome.body);
  if (encoded) res.send(encoded);
  else res.json(outcome.body);
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
    facts.callerOrganisation = body.activeOrganisationHeader?.organisationCode;
    sendOutcome(res, await handler({ body, requestId: facts.requestId! }));
  };
}
