/**
 * Type-level tests: a handler set missing an operation, or returning a status the spec does not
 * declare for it, must not compile (checked by tsc and by ts-jest when this file runs).
 */
import type { Handlers, Outcome } from "../../core/handler-types";
import { createHandlers } from "../../core/sandbox/handlers";
import { OPERATIONS } from "../../generated/contract";
import { loadCaseBook } from "../../server/sandbox/case-book";

const alive: Handlers["IsAliveAsync"] = async () => ({ status: 200, body: { isAliveResponseType: { isAlive: true } } });
const problem = { type: "urn:flexjob-contract:problem:not-found", title: "t", status: 404, detail: "d" };

describe("Handlers", () => {
  it("accepts the real handler set", () => {
    const handlers: Handlers = createHandlers({
      cases: loadCaseBook([]),
      unknownGrantStatus: 1,
    });
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(OPERATIONS).sort());
  });

  it("rejects a set missing an operation", () => {
    // @ts-expect-error GetFlexjobAllocation is missing
    const missing: Handlers = { GetFlexjob: async () => ({ status: 404, body: problem }), IsAliveAsync: alive };
    expect(missing).toBeDefined();
  });

  it("rejects a status the spec does not declare for the operation", () => {
    // @ts-expect-error IsAliveAsync declares no 404
    const undeclared: Outcome<"IsAliveAsync"> = { status: 404, body: problem };
    // @ts-expect-error GetFlexjob declares no 201
    const created: Outcome<"GetFlexjob"> = { status: 201, body: problem };
    expect([undeclared, created]).toHaveLength(2);
  });

  it("rejects a body that is not the declared one for the status", () => {
    // @ts-expect-error a 200 of GetFlexjob is a FlexjobOfferResponse, not a Problem
    const wrongBody: Outcome<"GetFlexjob"> = { status: 200, body: problem };
    expect(wrongBody).toBeDefined();
  });
});
