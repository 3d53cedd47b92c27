import { createMemorySandboxState } from "../../server/control/sandbox-state";
import { createRequestJournal, type JournalEntry } from "../../server/control/request-journal";
import type { Fault } from "../../server/control/faults";

const fault = (id: string, more: Partial<Fault> = {}): Fault => ({
  id,
  match: {},
  response: { status: 503 },
  remaining: null,
  ...more,
});

describe("createMemorySandboxState", () => {
  describe("takeFault", () => {
    it("of 20 concurrent requests gives a fault with times 3 to exactly 3", async () => {
      const state = createMemorySandboxState();
      await state.addFault(fault("f", { remaining: 3 }));
      const taken = await Promise.all(
        Array.from({ length: 20 }, () => state.takeFault({ operationId: "IsAliveAsync" })),
      );
      expect(taken.filter(Boolean)).toHaveLength(3);
      expect(await state.faults()).toEqual([]);
    });

    it("takes the oldest matching fault, leaving one that does not match", async () => {
      const state = createMemorySandboxState();
      await state.addFault(fault("other", { match: { operationId: "GetFlexjob" } }));
      await state.addFault(fault("first", { remaining: 1 }));
      await state.addFault(fault("second"));
      const ids = [];
      for (let i = 0; i < 3; i++) ids.push((await state.takeFault({ operationId: "IsAliveAsync" }))?.id);
      expect(ids).toEqual(["first", "second", "second"]);
      expect((await state.faults()).map((f) => f.id)).toEqual(["other", "second"]);
    });

    it("hands out copies: changing one changes no stored fault", async () => {
      const state = createMemorySandboxState();
      await state.addFault(fault("f", { remaining: 2 }));
      const taken = await state.takeFault({ operationId: "IsAliveAsync" });
      taken!.response.status = 500;
      expect(await state.faults()).toEqual([fault("f", { remaining: 1 })]);
    });
  });
});

describe("createRequestJournal", () => {
  const entry = (requestId: string): JournalEntry => ({
    time: "2026-01-01T00:00:00.000Z",
    operationId: "IsAliveAsync",
    status: 200,
    requestId,
    caseElementIdentifier: null,
    organisationCode: null,
    fault: null,
    durationMs: 1,
  });

  it("keeps the newest entries up to its bound, newest first", () => {
    const journal = createRequestJournal(3);
    for (const id of ["a", "b", "c", "d", "e"]) journal.record(entry(id));
    expect(journal.entries().map((e) => e.requestId)).toEqual(["e", "d", "c"]);
    expect(journal.entries(2).map((e) => e.requestId)).toEqual(["e", "d"]);
  });
});
