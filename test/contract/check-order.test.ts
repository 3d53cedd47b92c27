/**
 * The spec's order of checks: x-requestId (400) → replay (412) → body: media type, size, JSON,
 * schema (415, 413, 400) → authorisation (403) → lookup (404, 409) → 200. Each row gives a
 * request that fails two checks and expects the earlier one to answer.
 */
import request from "supertest";
import { createApp } from "../../server/sandbox/create-app";
import { CASES, caseRequest, expectProblem, newRequestId, PATHS } from "../fixtures/server-kit";

const app = createApp({ validateResponses: true });
const post = (requestId?: string) => {
  const req = request(app).post(PATHS.GetFlexjob);
  return requestId === undefined ? req : req.set("x-requestId", requestId);
};
const badBody = { getCaseElementRequestType: { caseElementIdentifier: "not-a-uuid" } };

/** Uses `requestId` once with a valid request, so the next use is a replay. */
async function spend(requestId: string): Promise<void> {
  expect((await post(requestId).send(caseRequest(CASES.offer, "12345674"))).status).toBe(200);
}

describe("GetFlexjob", () => {
  describe("without x-requestId and with a body breaking the schema", () => {
    it("answers 400 for the header only (1 before 3)", async () => {
      const res = await post().send(badBody);
      expectProblem(res, "invalid-request", { errors: [{ path: "/headers/x-requestId", message: "is required" }] });
    });
  });

  describe.each([
    { given: "a body breaking the schema", send: (r: request.Test) => r.send(badBody) },
    { given: "malformed JSON", send: (r: request.Test) => r.set("content-type", "application/json").send("{") },
    { given: "a text/plain body", send: (r: request.Test) => r.set("content-type", "text/plain").send("hi") },
    {
      given: "no caller identity",
      send: (r: request.Test) => r.send(caseRequest(CASES.offer)),
    },
    {
      given: "an unknown case",
      send: (r: request.Test) => r.send(caseRequest("00000000-0000-4000-8000-000000000000", "12345674")),
    },
  ])("with a replayed x-requestId and $given", ({ send }) => {
    it("answers 412 (2 before 3–5)", async () => {
      const requestId = newRequestId();
      await spend(requestId);
      expectProblem(await send(post(requestId)), "replayed-request-id", { requestId });
    });
  });

  describe.each([
    {
      given: "a body breaking the schema and no caller identity",
      body: { getCaseElementRequestType: { caseElementIdentifier: "nope" } },
    },
    {
      given: "an unknown property and a foreign caller",
      body: { ...caseRequest(CASES.foreignOffer, "12345674"), more: 1 },
    },
  ])("with $given", ({ body }) => {
    it("answers 400, not 403 (3 before 4)", async () => {
      const requestId = newRequestId();
      expectProblem(await post(requestId).send(body), "invalid-request", { requestId, errors: expect.any(Array) });
    });
  });

  describe.each([
    { given: "no caller identity and an unknown case", body: caseRequest("00000000-0000-4000-8000-000000000000") },
    {
      given: "no caller identity and a case in status Ukendt",
      body: caseRequest(CASES.unknownGrantStatus),
    },
    {
      given: "a foreign caller and a case in status Ukendt",
      body: caseRequest(CASES.unknownGrantStatus, "11111114"),
    },
  ])("with $given", ({ body }) => {
    it("answers 403, not 404 or 409 (4 before 5)", async () => {
      const requestId = newRequestId();
      expectProblem(await post(requestId).send(body), "not-authorized", { requestId });
    });
  });

  describe.each([
    { given: "its body broke the schema (400)", send: (r: request.Test) => r.send(badBody) },
    {
      given: "its body was text/plain (415)",
      send: (r: request.Test) => r.set("content-type", "text/plain").send("hi"),
    },
    {
      given: "it was not authorised (403)",
      send: (r: request.Test) => r.send(caseRequest(CASES.offer)),
    },
    {
      given: "its case was not found (404)",
      send: (r: request.Test) => r.send(caseRequest("00000000-0000-4000-8000-000000000000", "12345674")),
    },
  ])("after a request whose $given", ({ send }) => {
    it("remembers its x-requestId: the same id with a valid request answers 412", async () => {
      const requestId = newRequestId();
      await send(post(requestId));
      const res = await post(requestId).send(caseRequest(CASES.offer, "12345674"));
      expectProblem(res, "replayed-request-id", { requestId });
    });
  });

  describe("after a 405 (wrong method, answered before the checks)", () => {
    it("has not spent the x-requestId", async () => {
      const requestId = newRequestId();
      expect((await request(app).get(PATHS.GetFlexjob).set("x-requestId", requestId)).status).toBe(405);
      expect((await post(requestId).send(caseRequest(CASES.offer, "12345674"))).status).toBe(200);
    });
  });
});

describe("IsAliveAsync", () => {
  describe("with a replayed x-requestId from another operation", () => {
    it("answers 412: ids are remembered across all operations", async () => {
      const requestId = newRequestId();
      await spend(requestId);
      const res = await request(app).post(PATHS.IsAliveAsync).set("x-requestId", requestId).send({});
      expectProblem(res, "replayed-request-id", { requestId });
    });
  });
});
