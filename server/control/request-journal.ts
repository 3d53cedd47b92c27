/**
 * The journal of requests to the service (GET /requests on the admin listener): one entry per
 * request, written when its response ends, bounded in memory. Like the request log it keeps no
 * body and no query string, and withholds an x-requestId or organisationCode shaped like a CPR number.
 */
import type { RequestHandler } from "express";
import { factsOf } from "../http-adapter";
import { withoutCpr } from "../request-log";
import type { OperationId } from "../routes";
import type { FaultResponse } from "./faults";

export interface JournalEntry {
  /** When the request arrived (ISO 8601). */
  time: string;
  operationId: OperationId | null;
  /** null: no answer was sent (a dropped or abandoned connection). */
  status: number | null;
  requestId: string | null;
  caseElementIdentifier: string | null;
  organisationCode: string | null;
  fault: { id: string; response: FaultResponse } | null;
  durationMs: number;
}

export interface RequestJournal {
  record(entry: JournalEntry): void;
  /** Newest first, at most `limit`. */
  entries(limit?: number): JournalEntry[];
  clear(): void;
}

/** The default bound: the oldest entry is dropped to make room for the newest. */
export const JOURNAL_SIZE = 1000;

export function createRequestJournal(size: number = JOURNAL_SIZE): RequestJournal {
  let kept: JournalEntry[] = [];
  return {
    record(entry) {
      kept.push(entry);
      if (kept.length > size) kept = kept.slice(kept.length - size);
    },
    entries(limit = size) {
      return kept.slice(-limit).reverse();
    },
    clear() {
      kept = [];
    },
  };
}

/** Step 0 of the service when the admin listener is on: journals every request once it ends. */
export function journalRequests(journal: RequestJournal): RequestHandler {
  return (_req, res, next) => {
    const arrived = new Date();
    const started = process.hrtime.bigint();
    let recorded = false;
    const record = (): void => {
      if (recorded) return;
      recorded = true;
      const facts = factsOf(res);
      journal.record({
        time: arrived.toISOString(),
        operationId: facts.operation?.operationId ?? null,
        status: res.writableFinished ? res.statusCode : null,
        requestId: withoutCpr(facts.requestId) ?? null,
        caseElementIdentifier: withoutCpr(facts.caseElementIdentifier) ?? null,
        organisationCode: withoutCpr(facts.callerOrganisation) ?? null,
        fault: facts.fault ?? null,
        durationMs: Number(process.hrtime.bigint() - started) / 1e6,
      });
    };
    res.on("finish", record);
    res.on("close", record);
    next();
  };
}
