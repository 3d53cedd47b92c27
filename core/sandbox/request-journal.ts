/**
 * The journal of requests to the service (GET /requests on the admin listener): one entry per
 * request (written by journal-step.ts when its response ends), bounded in memory.
 */
import type { OperationId } from "../../generated/contract";
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
  /** In proxy mode: every breach of the contract by the request and by the upstream's answer, as pointer and rule. */
  violations?: { pointer: string; rule: string }[];
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
