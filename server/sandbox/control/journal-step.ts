/**
 * Journals every request to the service once its response ends. Like the request log it keeps no
 * body and no query string, and withholds an x-requestId or organisationCode shaped like a CPR number.
 */
import type { RequestHandler, Response } from "express";
import { requestFacts, withoutCpr } from "../../pipeline";
import { appliedFault } from "./applied-faults";
import type { JournalEntry, RequestJournal } from "../../../core";

/**
 * Step 0 of the service when the admin listener is on: journals every request once it ends.
 * `violationsOf` gives a proxy's findings for the exchange (never values).
 */
export function journalRequests(
  journal: RequestJournal,
  violationsOf?: (res: Response) => JournalEntry["violations"],
): RequestHandler {
  return (_req, res, next) => {
    const arrived = new Date();
    const started = process.hrtime.bigint();
    let recorded = false;
    const record = (): void => {
      if (recorded) return;
      recorded = true;
      const facts = requestFacts(res);
      journal.record({
        time: arrived.toISOString(),
        operationId: facts.operation?.operationId ?? null,
        status: res.writableFinished ? res.statusCode : null,
        requestId: withoutCpr(facts.requestId) ?? null,
        caseElementIdentifier: withoutCpr(facts.caseElementIdentifier) ?? null,
        organisationCode: withoutCpr(facts.callerOrganisation) ?? null,
        fault: appliedFault(res) ?? null,
        durationMs: Number(process.hrtime.bigint() - started) / 1e6,
        ...(violationsOf ? { violations: violationsOf(res) ?? [] } : {}),
      });
    };
    res.on("finish", record);
    res.on("close", record);
    next();
  };
}
