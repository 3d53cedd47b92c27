/**
 * The service's last step before the handler when the admin listener is on: a request that passed
 * every check (so its x-requestId is used up, as at STAR) meets the faults. The oldest matching one
 * applies: a wait, then an error answer, a dropped connection, no answer at all, or the normal one.
 */
import type { RequestHandler, Response } from "express";
import { OPERATIONS } from "../../../generated/contract";
import type { Socket } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { factsOf, sendFaultOutcome } from "../../pipeline/http-adapter";
import { faultProblem } from "./fault-problem";
import type { Fault } from "./faults";
import type { HeldResponses } from "./held-responses";
import type { SandboxState } from "./sandbox-state";

/** A validated request body: the caller's header, and the case id inside the operation's request wrapper. */
type CaseRequestBody = Record<string, { caseElementIdentifier?: string } | undefined> & {
  activeOrganisationHeader?: { organisationCode?: string };
};

export function applyFaults(state: SandboxState, held: HeldResponses): RequestHandler {
  return async (req, res, next) => {
    const facts = factsOf(res);
    // The request validator has checked the body against the operation's schema.
    const body = req.body as CaseRequestBody;
    // With --auth certificate the caller is the certificate's organisation, set by the first step.
    if (facts.certificate === undefined) facts.callerOrganisation = body.activeOrganisationHeader?.organisationCode;
    const { case: wrappers } = OPERATIONS[facts.operation!.operationId];
    facts.caseElementIdentifier = wrappers ? body[wrappers.requestWrapper]?.caseElementIdentifier : undefined;
    const fault = await state.takeFault({
      operationId: facts.operation!.operationId,
      caseElementIdentifier: facts.caseElementIdentifier,
      organisationCode: facts.callerOrganisation,
    });
    if (!fault) return next();
    facts.fault = { id: fault.id, response: fault.response };
    if (fault.response.delayMs) await delay(fault.response.delayMs, res, held);
    if (res.destroyed) return;
    answer(fault, req.socket, res, held, next);
  };
}

/** Waits, but no longer than the connection lasts: a client that gives up ends the wait. */
async function delay(ms: number, res: Response, held: HeldResponses): Promise<void> {
  const gone = new AbortController();
  res.once("close", () => gone.abort());
  held.hold(res, "delay");
  await sleep(ms, undefined, { signal: gone.signal }).catch(() => undefined);
}

function answer(fault: Fault, socket: Socket, res: Response, held: HeldResponses, next: () => void): void {
  if (fault.response.connection === "reset") {
    socket.resetAndDestroy();
    return;
  }
  if (fault.response.connection === "hang") return held.hold(res, "hang");
  const outcome = faultProblem(fault, factsOf(res).requestId!);
  if (outcome) return sendFaultOutcome(res, outcome);
  next();
}
