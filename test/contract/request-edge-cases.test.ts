/**
 * Requests at the contract's edges: a repeated x-requestId, a body with very many violations, and
 * a caller that names a case's CVR but is no company. Each answer is the spec's Problem.
 */
import request from "supertest";
import { createApp } from "../../server/sandbox/create-app";
import { caseRequest, expectProblem, newRequestId, PATHS } from "../fixtures/server-kit";

const app = createApp({ validateResponses: true });
const CASE_1 = "11111111-1111-4111-8111-111111111111";

describe("IsAliveAsync", () => {
  describe("with two x-requestId headers", () => {
    it("answers 400 / 1014 naming /headers/x-requestId, and never joins them into one id", async () => {
      const [a, b] = [newRequestId(), newRequestId()];
      // superagent sends an array value as one header line per element (Node's setHeader).
      const res = await request(app)
        .post(PATHS.IsAliveAsync)
        .set("x-requestId", [a, b] as unknown as string)
        .send({});
      expectProblem(res, "invalid-request", {
        errors: [{ path: "/headers/x-requestId", message: "must be given once (got 2)" }],
      });
      // Neither id was spent.
      expect((await request(app).post(PATHS.IsAliveAsync).set("x-requestId", a).send({})).status).toBe(200);
      expect((await request(app).post(PATHS.IsAliveAsync).set("x-requestId", b).send({})).status).toBe(200);
    });
  });

  describe("with a body of 2 000 unknown properties", () => {
    it("answers 400 / 1014 listing the first 50 violations and counting them all", async () => {
      const requestId = newRequestId();
      const body = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`unknown${i}`, i]));
      const res = await request(app).post(PATHS.IsAliveAsync).set("x-requestId", requestId).send(body);
      expectProblem(res, "invalid-request", { requestId, errors: expect.any(Array) });
      const { errors, detail } = res.body as { errors: { path: string }[]; detail: string };
      expect(errors).toHaveLength(50);
      expect(errors[0]).toEqual({ path: "/body/unknown0", message: "must NOT have additional properties" });
      expect(detail).toBe("The request breaks the schema 2000 times; the first 50 violations are listed in errors.");
    });
  });
});

describe("GetFlexjob", () => {
  describe.each([
    { given: "a jobcentre (type 8)", type: 8 },
    { given: "a municipality (type 7)", type: 7 },
  ])("for case 1, called by $given with the case company's CVR", ({ type }) => {
    it("answers 403 / 4575: only a company (type 24) reads by CVR", async () => {
      const requestId = newRequestId();
      const body = {
        ...caseRequest(CASE_1),
        activeOrganisationHeader: { organisationTypeIdentifier: type, organisationCode: "12345674" },
      };
      const res = await request(app).post(PATHS.GetFlexjob).set("x-requestId", requestId).send(body);
      expectProblem(res, "not-authorized", { requestId });
    });
  });

  describe("for case 1, called by the company (type 24)", () => {
    it("answers 200", async () => {
      const res = await request(app)
        .post(PATHS.GetFlexjob)
        .set("x-requestId", newRequestId())
        .send(caseRequest(CASE_1, "12345674"));
      expect(res.status).toBe(200);
    });
  });
});
