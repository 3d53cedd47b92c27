/**
 * What a start does not load: express-openapi-validator until a request's body is refused by the
 * precompiled validators or response validation checks a computed answer, and the Redis client and
 * the admin listener without their options. The answers are the same either way.
 */
import request from "supertest";
import { caseRequest, expectProblem, newRequestId, PATHS } from "../fixtures/server-kit";

const mockLoaded = new Set<string>();

jest.mock("express-openapi-validator", () => {
  mockLoaded.add("express-openapi-validator");
  return jest.requireActual("express-openapi-validator");
});
jest.mock("redis", () => {
  mockLoaded.add("redis");
  return jest.requireActual("redis");
});
jest.mock("../../server/sandbox/admin/admin-app", () => {
  mockLoaded.add("admin-app");
  return jest.requireActual("../../server/sandbox/admin/admin-app");
});

const CASE_1 = "11111111-1111-4111-8111-111111111111";

beforeEach(() => {
  mockLoaded.clear();
  jest.resetModules();
});

/** createApp from a fresh module registry, so that nothing an earlier test loaded counts. */
function freshApp(options: { validateResponses?: boolean } = {}) {
  const { createApp } = jest.requireActual<typeof import("../../server/sandbox/create-app")>(
    "../../server/sandbox/create-app",
  );
  return createApp(options);
}

describe("the server's entry point", () => {
  it("loads neither the Redis client nor the admin listener", () => {
    jest.requireActual("../../server/main");
    expect(mockLoaded).toEqual(new Set());
  });
});

describe("the server package (flexjob-reference-server, flexjob-contract/server)", () => {
  it("loads neither the Redis client nor the admin listener when imported", () => {
    jest.requireActual("../../server/index");
    expect(mockLoaded).toEqual(new Set());
  });

  it("loads no Redis client for a server with its stores in memory", async () => {
    const { startReferenceServer } = jest.requireActual<typeof import("../../server/index")>("../../server/index");
    const server = await startReferenceServer();
    await server.close();
    expect(mockLoaded.has("redis")).toBe(false);
  });
});

describe.each([false, true])("an app (response validation %s)", (validateResponses) => {
  it("answers valid requests without loading express-openapi-validator", async () => {
    const app = freshApp({ validateResponses });
    const answers = await Promise.all([
      request(app).post(PATHS.GetFlexjob).set("x-requestId", newRequestId()).send(caseRequest(CASE_1, "12345674")),
      request(app).post(PATHS.IsAliveAsync).set("x-requestId", newRequestId()).send({}),
    ]);
    expect(answers.map((res) => res.status)).toEqual([200, 200]);
    expect(mockLoaded.has("express-openapi-validator")).toBe(false);
  });

  it("loads it for the first request the precompiled validators refuse, and answers with its violations", async () => {
    const app = freshApp({ validateResponses });
    const requestId = newRequestId();
    const body = { getCaseElementRequestType: { caseElementIdentifier: 7 } };
    const res = await request(app).post(PATHS.GetFlexjob).set("x-requestId", requestId).send(body);
    expect(mockLoaded.has("express-openapi-validator")).toBe(true);
    const errors = [{ path: "/body/getCaseElementRequestType/caseElementIdentifier", message: "must be string" }];
    expectProblem(res, "invalid-request", { requestId, errors });
  });
});

describe("with response validation", () => {
  it("loads it for the first computed answer (a Problem), and answers it", async () => {
    const app = freshApp({ validateResponses: true });
    const requestId = newRequestId();
    const unknownCase = caseRequest("00000000-0000-4000-8000-000000000000", "12345674");
    const res = await request(app).post(PATHS.GetFlexjob).set("x-requestId", requestId).send(unknownCase);
    expectProblem(res, "case-not-found", { requestId });
    expect(mockLoaded.has("express-openapi-validator")).toBe(true);
  });
});
