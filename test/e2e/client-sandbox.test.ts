/**
 * Every row of the sandbox table through the client against the real server, with validation on
 * at both ends: a 200 resolves to exactly the case file's body, an error row throws the
 * FlexjobApiError that the row promises.
 */
import { isFlexjobApiError } from "../../client";
import { readCaseFiles, SANDBOX_TABLE, type CaseOperationId } from "../fixtures/server-kit";
import { clientFor, startServer, type RunningServer } from "./client-server-kit";

let server: RunningServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server.close());

const bodies = readCaseFiles();
const METHODS = { GetFlexjob: "getFlexjob", GetFlexjobAllocation: "getFlexjobAllocation" } as const;

describe.each(Object.keys(METHODS) as CaseOperationId[])("%s", (operationId) => {
  describe.each(SANDBOX_TABLE)("for case $id read by $reader", ({ id, reader, want }) => {
    const expected = want[operationId];
    const call = () => clientFor(server, reader)[METHODS[operationId]](id);

    if (expected.status === 200) {
      it("resolves to the case's body", async () => {
        await expect(call()).resolves.toEqual(bodies.get(`${operationId} ${id}`));
      });
    } else {
      it(`throws FlexjobApiError ${expected.status} / ${expected.errorCode} with the request id it sent`, async () => {
        const error = await call().catch((e: unknown) => e);
        expect(isFlexjobApiError(error)).toBe(true);
        expect(error).toMatchObject({
          operationId,
          status: expected.status,
          errorCode: expected.errorCode,
          requestId: expect.any(String),
          problem: { status: expected.status, errorCode: expected.errorCode },
        });
        if (isFlexjobApiError(error)) expect(error.problem?.requestId).toBe(error.requestId);
      });
    }
  });
});

describe("IsAliveAsync", () => {
  it.each([
    ["without an organisation", undefined],
    ["acting for a company", "12345674"],
  ])("resolves to isAlive true %s", async (_name, cvr) => {
    await expect(clientFor(server, cvr).isAlive()).resolves.toEqual({ isAliveResponseType: { isAlive: true } });
  });
});
