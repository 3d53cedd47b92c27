import { createMemorySandboxState } from "../../core/sandbox/sandbox-state";
import { createRequestJournal, type JournalEntry } from "../../core/sandbox/request-journal";
import { describeSandboxState } from "../fixtures/sandbox-state-behaviour";

describe("createMemorySandboxState", () => {
  describeSandboxState(async () => createMemorySandboxState());
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
