/**
 * What the admin listener drives and the service obeys: the run-time state (cases, faults), the
 * journal and the connections held by faults. createApp connects the service's case registry and
 * request id store to it, which the admin listener then reaches through it.
 */
import type { RequestIdStore } from "../../stores";
import type { CaseRegistry } from "../../../core";
import { createHeldResponses, type HeldResponses } from "./held-responses";
import { createRequestJournal, JOURNAL_SIZE, type RequestJournal } from "../../../core";
import { createMemorySandboxState, type SandboxState } from "../../../core";

export interface SandboxControlOptions {
  /** Replaces the in-memory state (e.g. a shared store for several instances). */
  state?: SandboxState;
  /** The most journal entries kept (default 1000). */
  journalSize?: number;
}

interface Connected {
  cases: CaseRegistry;
  requestIds: RequestIdStore;
}

export interface SandboxControl {
  state: SandboxState;
  journal: RequestJournal;
  held: HeldResponses;
  /** Called once by createApp. */
  connect(service: Connected): void;
  /** The service's cases; throws before createApp connected them. */
  cases(): CaseRegistry;
  /** Whether a service with cases is connected (a proxy has none: its upstream answers). */
  servesCases(): boolean;
  /** Back to the start-up state: run-time cases and faults gone, journal empty, request ids forgotten. */
  reset(): Promise<void>;
}

export function createSandboxControl(options: SandboxControlOptions = {}): SandboxControl {
  const state = options.state ?? createMemorySandboxState();
  const journal = createRequestJournal(options.journalSize ?? JOURNAL_SIZE);
  let service: Connected | undefined;
  const connected = (): Connected => {
    if (!service) throw new Error("the sandbox control is not connected to a service app (createApp({ control }))");
    return service;
  };
  return {
    state,
    journal,
    held: createHeldResponses(),
    connect(given) {
      if (service) throw new Error("the sandbox control is already connected to a service app");
      service = given;
    },
    cases: () => connected().cases,
    servesCases: () => service !== undefined,
    // One store after the other, so that an answer while a store is away names the first that failed.
    // A proxy's control is never connected: its request ids are the upstream's.
    async reset() {
      await state.clear();
      await service?.requestIds.clear();
      journal.clear();
    },
  };
}
