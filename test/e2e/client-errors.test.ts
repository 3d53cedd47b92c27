/**
 * The spec's error table as a client user meets it against the real server: each reachable row
 * becomes a FlexjobApiError with its status, errorCode and type, carrying the x-requestId the
 * failing attempt sent (echoed by the server). Transport failures become their own errors.
 */
import { isFlexjobNetworkError } from "../../client";
import { clientFor, startServer, type RunningServer } from "./client-server-kit";
import { CASES } from "../fixtures/sandbox-table";

const OFFER_CASE = CASES.offer;
const COMPANY = "12345674";

let server: RunningServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server.close());

/** A fetch that changes every request the way `change` says: how a proxy or a bug could. */
function rewriting(change: (request: Request) => Request): { fetch: (request: Request) => Promise<Response> } {
  return { fetch: (request) => globalThis.fetch(change(request)) };
}

function wantProblem(status: number, kind: string, errorCode?: number) {
  return {
    name: "FlexjobApiError",
    status,
    errorCode,
    requestId: expect.any(String),
    problem: { type: `urn:flexjob-contract:problem:${kind}`, status, ...(errorCode && { errorCode }) },
  };
}

describe("GetFlexjob", () => {
  const rows = [
    {
      when: "the organisation breaks the schema",
      call: () =>
        clientFor(server, undefined, {
          organisation: { organisationTypeIdentifier: 0, organisationCode: COMPANY },
        }).getFlexjob(OFFER_CASE),
      want: wantProblem(400, "invalid-request", 1014),
    },
    {
      when: "no organisation is given",
      call: () => clientFor(server, undefined).getFlexjob(OFFER_CASE),
      want: wantProblem(403, "not-authorized", 4575),
    },
    {
      when: "the organisation may not read the case",
      call: () => clientFor(server, "11111114").getFlexjob(OFFER_CASE),
      want: wantProblem(403, "not-authorized", 4575),
    },
    {
      when: "no case has the id",
      call: () => clientFor(server, COMPANY).getFlexjob(CASES.missing),
      want: wantProblem(404, "case-not-found", 80002),
    },
    {
      when: "baseUrl has a wrong path",
      call: () => clientFor({ ...server, baseUrl: `${server.baseUrl}/v2` }, COMPANY).getFlexjob(OFFER_CASE),
      want: wantProblem(404, "not-found"),
    },
    {
      when: "a fetch changes the method",
      call: () =>
        clientFor(
          server,
          COMPANY,
          rewriting((r) => new Request(r, { method: "PUT" })),
        ).getFlexjob(OFFER_CASE),
      want: wantProblem(405, "method-not-allowed"),
    },
    {
      when: "the grant is in status Ukendt",
      call: () => clientFor(server, COMPANY).getFlexjob(CASES.unknownGrantStatus),
      want: wantProblem(409, "grant-status-unknown", 80003),
    },
    {
      when: "the body is over 1 MB",
      call: () =>
        clientFor(server, undefined, {
          organisation: { organisationTypeIdentifier: 24, organisationCode: "1".repeat(1_100_000) },
        }).getFlexjob(OFFER_CASE),
      want: wantProblem(413, "payload-too-large"),
    },
    {
      when: "a fetch changes the media type",
      call: () =>
        clientFor(
          server,
          COMPANY,
          rewriting((r) => (r.headers.set("content-type", "text/plain"), r)),
        ).getFlexjob(OFFER_CASE),
      want: wantProblem(415, "unsupported-media-type"),
    },
  ];

  it.each(rows)("throws the row's FlexjobApiError when $when", async ({ call, want }) => {
    const error = await call().catch((e: unknown) => e);
    expect(error).toMatchObject(want);
    expect((error as { problem: { requestId: string } }).problem.requestId).toBe(
      (error as { requestId: string }).requestId,
    );
  });

  describe("when a call reuses a request id", () => {
    it("throws 412 and does not retry it", async () => {
      let generated = 0;
      const client = clientFor(server, COMPANY, { requestId: () => `generated-${++generated}` });
      await client.getFlexjob(OFFER_CASE, { requestId: "reused-id-1" });
      const error = await client.getFlexjob(OFFER_CASE, { requestId: "reused-id-1" }).catch((e: unknown) => e);
      expect(error).toMatchObject({ ...wantProblem(412, "replayed-request-id"), requestId: "reused-id-1" });
      expect(generated).toBe(0);
    });
  });
});

describe("IsAliveAsync", () => {
  describe("when the server fails unexpectedly", () => {
    let broken: RunningServer;
    beforeAll(async () => {
      broken = await startServer({
        requestIdStore: { remember: () => Promise.reject(new Error("store down")), clear: () => Promise.resolve() },
      });
    });
    afterAll(() => broken.close());

    it("throws 500 / 1011 without retrying", async () => {
      const ids: string[] = [];
      const client = clientFor(broken, undefined, { requestId: () => `e2e-${ids.push("x")}` });
      await expect(client.isAlive()).rejects.toMatchObject(wantProblem(500, "internal-error", 1011));
      expect(ids).toHaveLength(1);
    });
  });

  describe("when nothing listens at baseUrl", () => {
    it("retries with new ids, then throws a FlexjobNetworkError whose cause says why", async () => {
      const gone = await startServer();
      await gone.close();
      const error = await clientFor(gone, undefined, { backoffBaseMs: 0 })
        .isAlive()
        .catch((e: unknown) => e);
      expect(isFlexjobNetworkError(error)).toBe(true);
      expect(error).toMatchObject({ attempts: 3 });
      expect(((error as Error).cause as Error).name).toBe("TypeError");
      expect((error as Error).message).toContain("ECONNREFUSED");
    });
  });
});
