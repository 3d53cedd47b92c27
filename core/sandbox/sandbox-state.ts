/**
 * The sandbox's run-time state: cases put or deleted through the admin listener and the faults
 * waiting for requests. Behind this interface so that a shared store can hold it for every
 * instance; the in-memory one serves a single process.
 */
import type { CaseOperation } from "./fixture-schemas";
import { bucketOf, bucketsFor, type Fault, type FaultSubject } from "./faults";

/** A case body put at run time, or null: a case deleted at run time. */
export type CaseOverride = { body: unknown } | null;

export interface CaseOverrideEntry {
  operationId: CaseOperation;
  caseElementIdentifier: string;
  override: CaseOverride;
}

export interface SandboxState {
  /** The run-time override of a case; undefined when the start-up state stands. */
  caseOverride(operationId: CaseOperation, caseElementIdentifier: string): Promise<CaseOverride | undefined>;
  setCaseOverride(operationId: CaseOperation, caseElementIdentifier: string, override: CaseOverride): Promise<void>;
  caseOverrides(): Promise<CaseOverrideEntry[]>;
  /**
   * Adds the fault unless `maxFaults` are already waiting; resolves whether it was added. Check and
   * add are one atomic step.
   */
  addFault(fault: Fault, maxFaults: number): Promise<boolean>;
  /**
   * The oldest fault matching `subject` with uses left, its count taken down by one (a fault
   * used up is removed). Check and take are one atomic step, whose cost does not grow with the
   * faults waiting for other operations, cases or callers (faults.ts, bucketOf).
   */
  takeFault(subject: FaultSubject): Promise<Fault | undefined>;
  /** Oldest first. */
  faults(): Promise<Fault[]>;
  clearFaults(): Promise<void>;
  /** Back to the start-up state: no overrides, no faults. */
  clear(): Promise<void>;
}

/** A waiting fault and its place in the order of arrival. */
interface Waiting {
  fault: Fault;
  order: number;
}

export function createMemorySandboxState(): SandboxState {
  const overrides = new Map<string, CaseOverrideEntry>();
  // Each bucket's faults in arrival order: its oldest is first.
  const buckets = new Map<string, Waiting[]>();
  let count = 0;
  let arrivals = 0;
  const key = (operationId: string, id: string): string => `${operationId} ${id.toLowerCase()}`;
  const oldestFor = (subject: FaultSubject): { bucket: Waiting[]; name: string } | undefined => {
    let oldest: { bucket: Waiting[]; name: string } | undefined;
    for (const name of bucketsFor(subject)) {
      const bucket = buckets.get(name);
      if (bucket && (!oldest || bucket[0]!.order < oldest.bucket[0]!.order)) oldest = { bucket, name };
    }
    return oldest;
  };
  const clearFaults = (): void => {
    buckets.clear();
    count = 0;
  };
  return {
    async caseOverride(operationId, id) {
      return overrides.get(key(operationId, id))?.override;
    },
    async setCaseOverride(operationId, id, override) {
      overrides.set(key(operationId, id), { operationId, caseElementIdentifier: id.toLowerCase(), override });
    },
    async caseOverrides() {
      return [...overrides.values()];
    },
    async addFault(fault, maxFaults) {
      if (count >= maxFaults) return false;
      const name = bucketOf(fault.match);
      const bucket = buckets.get(name) ?? [];
      buckets.set(name, bucket);
      bucket.push({ fault: structuredClone(fault), order: arrivals++ });
      count += 1;
      return true;
    },
    // No await between finding and counting down: atomic on Node's single thread.
    async takeFault(subject) {
      const oldest = oldestFor(subject);
      if (!oldest) return undefined;
      const { fault } = oldest.bucket[0]!;
      const taken = structuredClone(fault);
      if (fault.remaining !== null) fault.remaining -= 1;
      if (fault.remaining === 0) {
        oldest.bucket.shift();
        count -= 1;
        if (oldest.bucket.length === 0) buckets.delete(oldest.name);
      }
      return taken;
    },
    async faults() {
      const all = [...buckets.values()].flat().sort((a, b) => a.order - b.order);
      return all.map(({ fault }) => structuredClone(fault));
    },
    async clearFaults() {
      clearFaults();
    },
    async clear() {
      overrides.clear();
      clearFaults();
    },
  };
}
