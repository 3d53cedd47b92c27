/**
 * createApp's behavioural options: auth "off" and the grant status code that means "Ukendt".
 */
import request from "supertest";
import { createApp } from "../../server/sandbox/create-app";
import { CASES, caseRequest, expectProblem, newRequestId, PATHS, readCaseFiles } from "../fixtures/server-kit";

const files = readCaseFiles();

describe("GetFlexjob", () => {
  describe('with auth "off"', () => {
    const app = createApp({ validateResponses: true, auth: "off" });

    it.each([
      { given: "no caller identity", caller: undefined },
      { given: "a foreign caller", caller: "99999999" },
    ])("answers 200 to $given", async ({ caller }) => {
      const id = CASES.foreignOffer;
      const res = await request(app)
        .post(PATHS.GetFlexjob)
        .set("x-requestId", newRequestId())
        .send(caseRequest(id, caller));
      expect(res.status).toBe(200);
      expect(res.body).toEqual(files.get(`GetFlexjob ${id}`));
    });

    it("still answers 404 / 80002 and 409 / 80003", async () => {
      const unknown = await request(app)
        .post(PATHS.GetFlexjob)
        .set("x-requestId", newRequestId())
        .send(caseRequest("00000000-0000-4000-8000-000000000000"));
      expect(unknown.status).toBe(404);
      const ukendt = await request(app)
        .post(PATHS.GetFlexjob)
        .set("x-requestId", newRequestId())
        .send(caseRequest(CASES.unknownGrantStatus));
      expect(ukendt.status).toBe(409);
    });
  });

  describe("with unknownGrantStatus 3 (the sandbox's bevilget)", () => {
    const app = createApp({ validateResponses: true, unknownGrantStatus: 3 });

    it("answers 409 / 80003 for case 1, whose grant status is 3", async () => {
      const requestId = newRequestId();
      const res = await request(app)
        .post(PATHS.GetFlexjob)
        .set("x-requestId", requestId)
        .send(caseRequest(CASES.offer, "12345674"));
      expectProblem(res, "grant-status-unknown", { requestId });
    });

    it("answers 200 for case 5, whose grant status is 1", async () => {
      const res = await request(app)
        .post(PATHS.GetFlexjob)
        .set("x-requestId", newRequestId())
        .send(caseRequest(CASES.unknownGrantStatus, "12345674"));
      expect(res.status).toBe(200);
    });
  });
});
