/**
 * The sandbox's run-time state: cases put or deleted through the admin listener and the faults
 * waiting for requests. Behind this interface so that a shared store can hold it for every
 * instance; the in-memory one serves a single process.
 */
import type { CaseOperation } from "../fixture-schemas";
import { matches, type Fault, type FaultSubject } from "./faults";

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
  addFault(fault: Fault): Promise<void>;
  /**
   * The oldest fault matching `subject` with uses left, its count taken down by one (a fault
   * used up is removed). Check and take are one atomic step.
   */
  takeFault(subject: FaultSubject): Promise<Fault | undefined>;
  /** Oldest first. */
  faults(): Promise<Fault[]>;
  clearFaults(): Promise<void>;
  /** Back to the start-up state: no overrides, no faults. */
  clear(): Promise<void>;
}

export function createMemorySandboxState(): SandboxState {
  const overrides = new Map<string, CaseOverrideEntry>();
  let waiting: Fault[] = [];
  const key = (operationId: string, id: string): string => `${operationId} ${id.toLowerCase()}`;
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
    async addFault(fault) {
      waiting.push(structuredClone(fault));
    },
    // No await between finding and counting down: atomic on Node's single thread.
    async takeFault(subject) {
      const fault = waiting.find((f) => matches(f.match, subject));
      if (!fault) return undefined;
      const taken = structuredClone(fault);
      if (fault.remaining !== null) fault.remaining -= 1;
      if (fault.remaining === 0) waiting = waiting.filter((f) => f !== fault);
      return taken;
    },
    async faults() {
      return structuredClone(waiting);
    },
    async clearFaults() {
      waiting = [];
    },
    async clear() {
      overrides.clear();
      waiting = [];
    },
  };
}
