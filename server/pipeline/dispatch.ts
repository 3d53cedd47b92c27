/**
 * The pipeline's last steps: the facts of a validated body (its caller and case id) for the steps
 * after validation, then the caller's identity for a case-reading operation, then the operation's
 * handler, whose outcome is sent only when the spec declares its status for the operation.
 */
import type { Request, RequestHandler, Response } from "express";
import { OPERATIONS, type OperationId } from "../../generated/contract";
import type { components } from "../../generated/flexjob";
import { identifyCaller, type AuthMode, type Caller } from "../../core";
import type { Handlers, HandlerInput } from "../../core";
import { factsOf, sendOutcome, type SendableOutcome } from "./http-adapter";
import { problem } from "../../core";

/** A validated request body: the caller's header, and the case id inside the operation's request wrapper. */
type ValidatedBody = Record<string, { caseElementIdentifier?: string } | undefined> & {
  activeOrganisationHeader?: components["schemas"]["ActiveOrganisationHeaderType"];
};

/** The body as the request validator passed it (with requestChecks "report", whatever parsed, if anything). */
function bodyOf(req: Request): ValidatedBody {
  return (typeof req.body === "object" && req.body !== null ? req.body : {}) as ValidatedBody;
}

/** After validation: the caller the body names (unless a certificate names it) and its case id, for later steps and the log. */
export function readBodyFacts(): RequestHandler {
  return (req, res, next) => {
    const facts = factsOf(res);
    const body = bodyOf(req);
    // Strings only: with requestChecks "report" the body may break its schema.
    if (facts.certificate === undefined)
      facts.callerOrganisation = text(body.activeOrganisationHeader?.organisationCode);
    const wrappers = OPERATIONS[facts.operation!.operationId].case;
    facts.caseElementIdentifier = wrappers ? text(body[wrappers.requestWrapper]?.caseElementIdentifier) : undefined;
    next();
  };
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

type AnyHandler = (input: HandlerInput<OperationId>) => Promise<SendableOutcome>;

/** A handler's outcome the spec does not allow; its message names the operation and the status only. */
export class UndeclaredOutcomeError extends Error {
  override readonly name = "UndeclaredOutcomeError";
}

/**
 * Calls the operation's handler with the validated body and sends its outcome. A case-reading
 * operation needs a caller the auth mode accepts (caller.ts): a request without one is refused with
 * 403 / 4575 here, before its handler runs. An outcome whose status the spec does not declare for the
 * operation (possible only from untyped code) is an unexpected error: 500.
 */
export function dispatchTo(handlers: Handlers, auth: AuthMode): RequestHandler {
  return async (req: Request, res: Response) => {
    const facts = factsOf(res);
    const operation = OPERATIONS[facts.operation!.operationId];
    const requestId = facts.requestId!;
    const body = bodyOf(req);
    let caller: Caller | undefined;
    if (auth !== "off" && operation.case !== null) {
      const identified = identifyCaller(auth, body.activeOrganisationHeader, facts.certificate);
      if ("refused" in identified)
        return sendOutcome(res, problem("not-authorized", identified.refused, { requestId }));
      caller = identified.caller;
    }
    const { certificate } = facts;
    const input = {
      body,
      requestId,
      caseElementIdentifier: facts.caseElementIdentifier?.toLowerCase(),
      caller,
      ...(certificate ? { certificate } : {}),
    } as HandlerInput<OperationId>;
    // The request validator has checked the body against this operation's schema; the handler of
    // `operationId` takes exactly that body.
    const outcome = await (handlers[operation.operationId] as AnyHandler)(input);
    if (!declares(operation.operationId, outcome.status))
      throw new UndeclaredOutcomeError(
        `the ${operation.operationId} handler answered ${String(outcome.status)}, a status the spec does not declare for it`,
      );
    sendOutcome(res, outcome);
  };
}

function declares(operationId: OperationId, status: unknown): boolean {
  return status === 200 || String(status) in OPERATIONS[operationId].errors;
}
