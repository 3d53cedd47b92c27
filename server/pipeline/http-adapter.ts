/**
 * The one place that turns outcomes into HTTP responses and requests into handler input. Handlers
 * and checks compute `{ status, body }`; only this module writes a response body.
 */
import type { Response } from "express";
import type { components } from "../../generated/flexjob";
import type { CertificateIdentity } from "../../core";
import type { OperationRoute } from "./routes";
import { serialisedBody } from "./serialised-bodies";

export interface SendableOutcome {
  status: number;
  body: unknown;
}

/** What earlier steps learnt about the request, kept in `res.locals`; steps added to the pipeline read it. */
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
  /** getCaseElementRequestType.caseElementIdentifier of a body that passed validation, as given. */
  caseElementIdentifier?: string | undefined;
  /** With response validation, from routing on: the answer is to be checked; cleared once it is. */
  checkAnswer?: boolean;
  /** The error body sent, for the debug log's account of a refusal (refusal-log.ts). */
  problem?: components["schemas"]["Problem"];
}

export function factsOf(res: Response): RequestFacts {
  return res.locals as RequestFacts;
}

/** What the pipeline has learnt about a request so far, for a step added to it (createFlexjobApp's `extensions`). */
export function requestFacts(res: Response): Readonly<RequestFacts> {
  return factsOf(res);
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
 * Writes a Problem past response validation, for a step that answers with a status of its own
 * choosing, one the spec may not document for the operation (the sandbox's injected faults).
 */
export function sendUncheckedProblem(res: Response, outcome: SendableOutcome): void {
  res.status(outcome.status).type("application/problem+json").send(JSON.stringify(outcome.body));
}
