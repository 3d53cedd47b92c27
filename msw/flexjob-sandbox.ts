/**
 * The sandbox behind the MSW handlers: the same rules and data as the reference server's (core/,
 * and generated/sandbox-cases.ts, the bundled case files as a module), kept in memory per
 * createFlexjobHandlers call, and the control API a test drives it with, named after the admin
 * listener's requests (docs/sandbox-control.md).
 */
import { CASE_OPERATIONS } from "../generated/contract";
import { SANDBOX_CASES } from "../generated/sandbox-cases";
import {
  caseOf,
  createCaseRegistry,
  createHandlers,
  createMemoryRequestIdStore,
  createMemorySandboxState,
  createRequestJournal,
  shownFault,
  type CaseBook,
  type CaseKey,
  type CaseListItem,
  type CaseRegistry,
  type Fault,
  type Handlers,
  type JournalEntry,
  type RequestIdStore,
  type RequestJournal,
  type SandboxState,
} from "../core";
import { checkFaultRequest, checkRequestsLimit, MAX_FAULTS, type FaultRequest } from "./control-rules";

/** How the sandbox answers: the reference server's settings that make sense in process. */
export interface SandboxOptions {
  /** "header" (default): a case is read by its parties only (403 / 4575 otherwise); "off": by anyone. */
  auth?: "header" | "off";
  /** The grant status code that means "Ukendt" (409 / 80003); default 1, as the server's. */
  unknownGrantStatus?: number;
  /** The most journal entries kept (default 1000). */
  journalSize?: number;
}

/** Put, remove and list cases, add and clear faults, read the journal, reset: the admin listener's vocabulary. */
export interface SandboxControl {
  /** PUT /cases: adds or replaces the case its wrapper names; throws a TypeError listing the violations of a body that is no case. */
  putCase(body: unknown): Promise<CaseKey & { replaced: boolean }>;
  /** DELETE /cases/{operationId}/{caseElementIdentifier}: the operation answers 404 / 80002 for it from now on; false when it serves no such case. */
  removeCase(key: CaseKey): Promise<boolean>;
  /** GET /cases: every case served. */
  cases(): Promise<CaseListItem[]>;
  /** POST /faults: the next matching requests get the fault; throws a TypeError on a bad fault, a RangeError when 1000 wait. */
  addFault(request: FaultRequest): Promise<Fault>;
  /** GET /faults: oldest first, each with its remaining uses (null: until removed). */
  faults(): Promise<Fault[]>;
  /** DELETE /faults. */
  clearFaults(): Promise<void>;
  /** GET /requests: the journal, newest first. */
  requests(options?: { limit?: number }): JournalEntry[];
  /** DELETE /requests. */
  clearRequests(): void;
  /** POST /reset: the start-up cases, no faults, an empty journal, every request id forgotten. */
  reset(): Promise<void>;
}

/** What the request pipeline (answer-request.ts) reads. */
export interface FlexjobSandbox {
  auth: "header" | "off";
  handlers: Handlers;
  requestIds: RequestIdStore;
  state: SandboxState;
  journal: RequestJournal;
}

/** The bundled cases as the server's start-up case book (checked against the spec, as the server checks its files). */
function startUpCases(): CaseBook {
  const book = Object.fromEntries(CASE_OPERATIONS.map((o) => [o, new Map<string, unknown>()]));
  for (const { file, body } of SANDBOX_CASES) {
    const found = caseOf(body);
    if (Array.isArray(found)) throw new Error(`the bundled sandbox case ${file} is no valid case`);
    book[found.operation]!.set(found.id, body);
  }
  return book as unknown as CaseBook;
}

export function createFlexjobSandbox(options: SandboxOptions = {}): FlexjobSandbox & SandboxControl {
  const { auth = "header", unknownGrantStatus = 1, journalSize } = options;
  if (auth !== "header" && auth !== "off")
    throw new TypeError(`auth must be "header" or "off"; got ${JSON.stringify(auth)}`);
  if (!Number.isInteger(unknownGrantStatus))
    throw new TypeError(`unknownGrantStatus must be a whole number; got ${JSON.stringify(unknownGrantStatus)}`);
  if (journalSize !== undefined && !(Number.isInteger(journalSize) && journalSize >= 1))
    throw new TypeError(`journalSize must be a whole number from 1; got ${JSON.stringify(journalSize)}`);
  const state = createMemorySandboxState();
  const registry: CaseRegistry = createCaseRegistry(startUpCases(), state);
  // Ids are forgotten only by reset: a test's sandbox lives for minutes, not STAR's 7 days.
  const requestIds = createMemoryRequestIdStore();
  const journal = createRequestJournal(journalSize);
  return {
    auth,
    handlers: createHandlers({ cases: registry.source, unknownGrantStatus }),
    requestIds,
    state,
    journal,
    async putCase(body) {
      const put = await registry.put(body);
      if (!Array.isArray(put)) return put;
      const listed = put.map((v) => `${v.pointer || "/"} ${v.message} (${v.rule})`).join("; ");
      throw new TypeError(`putCase: the body is no valid case file: ${listed}`);
    },
    async removeCase(key) {
      if (!CASE_OPERATIONS.includes(key?.operationId))
        throw new TypeError(
          `removeCase: operationId must be one of ${CASE_OPERATIONS.join(", ")}; got ${JSON.stringify(key?.operationId)}`,
        );
      return registry.remove(key);
    },
    cases: () => registry.list(),
    async addFault(request) {
      checkFaultRequest(request);
      const { match = {}, response, times } = request;
      const fault: Fault = { id: crypto.randomUUID(), match, response, remaining: times ?? null };
      if (!(await state.addFault(fault, MAX_FAULTS)))
        throw new RangeError(
          `addFault: ${MAX_FAULTS} faults are waiting, the most the sandbox holds; clear some first (clearFaults)`,
        );
      return shownFault(fault);
    },
    faults: async () => (await state.faults()).map(shownFault),
    clearFaults: () => state.clearFaults(),
    requests(options = {}) {
      checkRequestsLimit(options.limit);
      return journal.entries(options.limit);
    },
    clearRequests: () => journal.clear(),
    async reset() {
      await state.clear();
      await requestIds.clear();
      journal.clear();
    },
  };
}
