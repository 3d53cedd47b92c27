/**
 * The service's last step before the handler when the admin listener is on: a request that passed
 * every check (so its x-requestId is used up, as at STAR) meets the faults. The oldest matching one
 * applies: a wait, then an error answer, a dropped connection, no answer at all, or the normal one.
 */
import type { RequestHandler, Response } from "express";
import type { Socket } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { requestFacts, sendUncheckedProblem } from "../../pipeline";
import { recordFault } from "./applied-faults";
import { faultProblem } from "../../../core";
import type { Fault } from "../../../core";
import type { HeldResponses } from "./held-responses";
import type { SandboxState } from "../../../core";

export function applyFaults(state: SandboxState, held: HeldResponses): RequestHandler {
  return async (req, res, next) => {
    // The pipeline has read the caller (the certificate's, with auth "certificate") and the case id.
    const facts = requestFacts(res);
    const fault = await state.takeFault({
      operationId: facts.operation!.operationId,
      caseElementIdentifier: facts.caseElementIdentifier,
      organisationCode: facts.callerOrganisation,
    });
    if (!fault) return next();
    recordFault(res, { id: fault.id, response: fault.response });
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
  const outcome = faultProblem(fault, requestFacts(res).requestId!);
  if (outcome) return sendUncheckedProblem(res, outcome);
  next();
}
