/**
 * Every operation × every row of the sandbox table, in process with response validation on:
 * a 200 answers exactly the case file's body; the rest answer the documented problem.
 */
import request from "supertest";
import { createApp } from "../../server/sandbox/create-app";
import {
  CASES,
  caseRequest,
  newRequestId,
  PATHS,
  readCaseFiles,
  SANDBOX_TABLE,
  type CaseOperationId,
} from "../fixtures/server-kit";

const app = createApp({ validateResponses: true });
const files = readCaseFiles();
const operations: CaseOperationId[] = ["GetFlexjob", "GetFlexjobAllocation"];

describe.each(operations)("%s", (operationId) => {
  describe.each(SANDBOX_TABLE)("case $id, read by its company ($reader)", ({ id, reader, want }) => {
    const expected = want[operationId];
    it(`answers ${expected.status}${"errorCode" in expected ? ` / ${expected.errorCode}` : " with the case file's body"}`, async () => {
      const requestId = newRequestId();
      const res = await request(app)
        .post(PATHS[operationId])
        .set("x-requestId", requestId)
        .send(caseRequest(id, reader));
      expect(res.status).toBe(expected.status);
      expect(res.headers["x-requestid"]).toBe(requestId);
      if (expected.status === 200) {
        expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
        expect(res.body).toEqual(files.get(`${operationId} ${id}`));
      } else {
        expect(res.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
        expect(res.body).toEqual({
          type: expect.stringMatching(/^urn:flexjob-contract:problem:/),
          title: expect.any(String),
          status: expected.status,
          detail: expect.any(String),
          errorCode: expected.errorCode,
          requestId,
        });
      }
    });
  });

  describe("case 1, read by its external operator (22222228)", () => {
    it("answers as for the company", async () => {
      const res = await request(app)
        .post(PATHS[operationId])
        .set("x-requestId", newRequestId())
        .send(caseRequest(CASES.offer, "22222228"));
      expect(res.status).toBe(SANDBOX_TABLE[0]!.want[operationId].status);
    });
  });
});

describe("GetFlexjob", () => {
  describe("case 6 read by another organisation than its company 11111114", () => {
    it.each(["12345674", "22222228", "99999999"])("answers 403 / 4575 to %s", async (caller) => {
      const requestId = newRequestId();
      const res = await request(app)
        .post(PATHS.GetFlexjob)
        .set("x-requestId", requestId)
        .send(caseRequest(CASES.foreignOffer, caller));
      expect(res.status).toBe(403);
      expect(res.body).toEqual({
        type: "urn:flexjob-contract:problem:not-authorized",
        title: "You are not authorized to execute the operation",
        status: 403,
        detail: expect.any(String),
        errorCode: 4575,
        requestId,
      });
    });
  });

  describe("an upper-case caseElementIdentifier", () => {
    it("finds the case (uuids compare case-insensitively)", async () => {
      const res = await request(app)
        .post(PATHS.GetFlexjob)
        .set("x-requestId", newRequestId())
        .send(caseRequest(CASES.offer.toUpperCase(), "12345674"));
      expect(res.status).toBe(200);
      expect(res.body).toEqual(files.get(`GetFlexjob ${CASES.offer}`));
    });
  });
});

describe("IsAliveAsync", () => {
  describe.each([
    { given: "no caller identity", body: {} },
    {
      given: "a caller identity",
      body: { activeOrganisationHeader: { organisationTypeIdentifier: 24, organisationCode: "12345674" } },
    },
  ])("with $given", ({ body }) => {
    it("answers 200 { isAliveResponseType: { isAlive: true } }", async () => {
      const requestId = newRequestId();
      const res = await request(app).post(PATHS.IsAliveAsync).set("x-requestId", requestId).send(body);
      expect(res.status).toBe(200);
      expect(res.headers["x-requestid"]).toBe(requestId);
      expect(res.body).toEqual({ isAliveResponseType: { isAlive: true } });
    });
  });
});
