/**
 * The cases served: the start-up case book with the run-time overrides of the sandbox state over
 * it. PUT /cases and DELETE /cases/... change the overrides only, so POST /reset restores the
 * start-up cases.
 */
import type { components } from "../../generated/flexjob";
import { caseOf, type CaseBook, type CaseSource } from "./case-bodies";
import type { Violation } from "../../generated/contract";
import type { CaseOperation } from "./fixture-schemas";
import type { SandboxState } from "./sandbox-state";

type OfferResponse = components["schemas"]["FlexjobOfferResponse"];
type AllocationResponse = components["schemas"]["FlexjobAllocationResponse"];

export interface CaseKey {
  operationId: CaseOperation;
  caseElementIdentifier: string;
}

export interface CaseListItem extends CaseKey {
  source: "start-up" | "run-time";
}

export interface CaseRegistry {
  /** For the handlers: the override when there is one, else the start-up case. */
  source: CaseSource;
  /** Adds or replaces the case its wrapper names; the violations of a body that is no valid case. */
  put(body: unknown): Promise<(CaseKey & { replaced: boolean }) | Violation[]>;
  /** Stops serving a case; false when it is not served. */
  remove(key: CaseKey): Promise<boolean>;
  list(): Promise<CaseListItem[]>;
}

export function createCaseRegistry(book: CaseBook, state: SandboxState): CaseRegistry {
  async function served(operationId: CaseOperation, id: string): Promise<unknown> {
    const override = await state.caseOverride(operationId, id);
    return override === undefined ? book[operationId].get(id) : override?.body;
  }
  return {
    source: {
      GetFlexjob: { get: async (id) => (await served("GetFlexjob", id)) as OfferResponse | undefined },
      GetFlexjobAllocation: {
        get: async (id) => (await served("GetFlexjobAllocation", id)) as AllocationResponse | undefined,
      },
    },
    async put(body) {
      const found = caseOf(body);
      if (Array.isArray(found)) return found;
      const replaced = (await served(found.operation, found.id)) !== undefined;
      await state.setCaseOverride(found.operation, found.id, { body });
      return { operationId: found.operation, caseElementIdentifier: found.id, replaced };
    },
    async remove({ operationId, caseElementIdentifier }) {
      const id = caseElementIdentifier.toLowerCase();
      if ((await served(operationId, id)) === undefined) return false;
      await state.setCaseOverride(operationId, id, null);
      return true;
    },
    async list() {
      const overrides = await state.caseOverrides();
      const overridden = new Set(overrides.map((o) => `${o.operationId} ${o.caseElementIdentifier}`));
      const startUp = (["GetFlexjob", "GetFlexjobAllocation"] as const).flatMap((operationId) =>
        [...book[operationId].keys()]
          .filter((id) => !overridden.has(`${operationId} ${id}`))
          .map((id): CaseListItem => ({ operationId, caseElementIdentifier: id, source: "start-up" })),
      );
      const runTime = overrides
        .filter((o) => o.override !== null)
        .map((o): CaseListItem => ({
          operationId: o.operationId,
          caseElementIdentifier: o.caseElementIdentifier,
          source: "run-time",
        }));
      return [...startUp, ...runTime];
    },
  };
}
