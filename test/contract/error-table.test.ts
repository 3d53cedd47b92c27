/**
 * Every row of the spec's error table, with response validation on: each answer is a whole
 * Problem (application/problem+json) that echoes a well-formed x-requestId.
 */
import request from "supertest";
import { createApp } from "../../server/sandbox/create-app";
import { CASE_OPERATIONS, type OperationId } from "../../generated/contract";
import { CASES, caseRequest, expectProblem, newRequestId, PATHS, SANDBOX_TABLE } from "../fixtures/server-kit";

const app = createApp({ validateResponses: true });
const operations = Object.keys(PATHS) as OperationId[];
/** A body each operation answers 200: for one that reads a case, a sandbox case it serves and its reader. */
const validBody = Object.fromEntries([
  ...CASE_OPERATIONS.map((operationId) => {
    const row = SANDBOX_TABLE.find((r) => r.want[operationId].status === 200)!;
    return [operationId, caseRequest(row.id, row.reader)];
  }),
  ["IsAliveAsync", {}],
]) as Record<OperationId, Record<string, unknown>>;

describe.each(operations)("%s", (operationId) => {
  const path = PATHS[operationId];
  const post = (requestId?: string) => {
    const req = request(app).post(path);
    return requestId === undefined ? req : req.set("x-requestId", requestId);
  };

  describe("without x-requestId", () => {
    it("answers 400 / 1014 naming /headers/x-requestId", async () => {
      const res = await post().send(validBody[operationId]);
      expectProblem(res, "invalid-request", { errors: [{ path: "/headers/x-requestId", message: "is required" }] });
    });
  });

  describe.each([
    { given: "an empty x-requestId", id: "" },
    { given: "a 47-character x-requestId", id: "x".repeat(47) },
  ])("with $given", ({ id }) => {
    it("answers 400 / 1014 naming /headers/x-requestId, and echoes nothing", async () => {
      const res = await post(id).send(validBody[operationId]);
      expectProblem(res, "invalid-request", {
        errors: [{ path: "/headers/x-requestId", message: expect.stringContaining("1 to 46 characters") }],
      });
    });
  });

  describe("with a 46-character x-requestId", () => {
    it("answers 200 and echoes it", async () => {
      const id = `${newRequestId()}0123456789`;
      const res = await post(id).send(validBody[operationId]);
      expect(res.status).toBe(200);
      expect(res.headers["x-requestid"]).toBe(id);
    });
  });

  describe("with malformed JSON", () => {
    it("answers 400 / 1014 naming /body", async () => {
      const requestId = newRequestId();
      const res = await post(requestId).set("content-type", "application/json").send('{"getCaseElementRequestType": ');
      expectProblem(res, "invalid-request", {
        requestId,
        errors: [{ path: "/body", message: expect.stringMatching(/^must be well-formed JSON/) }],
      });
    });
  });

  describe.each(["null", "[]", '"text"'])("with the JSON value %s as body", (json) => {
    it("answers 400 / 1014: /body must be object", async () => {
      const requestId = newRequestId();
      const res = await post(requestId).set("content-type", "application/json").send(json);
      expectProblem(res, "invalid-request", { requestId, errors: [{ path: "/body", message: "must be object" }] });
    });
  });

  describe("without a body", () => {
    it("answers 400 / 1014 naming /body", async () => {
      const requestId = newRequestId();
      const res = await post(requestId);
      expectProblem(res, "invalid-request", {
        requestId,
        errors: [{ path: "/body", message: "is required (a JSON object)" }],
      });
    });
  });

  describe.each([
    { given: "text/plain", type: "text/plain", body: "hello" },
    { given: "application/xml", type: "application/xml", body: "<a/>" },
    { given: "JSON in an unsupported charset", type: "application/json; charset=latin1", body: "{}" },
    { given: "malformed content type", type: "%", body: "{}" },
    { given: "content type that is no URI", type: "text/x-\u00e6; a=#", body: "{}" },
  ])("with a $given body", ({ type, body }) => {
    it("answers 415", async () => {
      const requestId = newRequestId();
      const res = await post(requestId).set("content-type", type).send(body);
      expectProblem(res, "unsupported-media-type", { requestId });
    });
  });

  describe("with a body over 1 MB", () => {
    it("answers 413", async () => {
      const requestId = newRequestId();
      const big = JSON.stringify({ padding: "x".repeat(1024 * 1024) });
      const res = await post(requestId).set("content-type", "application/json").send(big);
      expectProblem(res, "payload-too-large", { requestId });
    });
  });

  describe("with an x-requestId used before", () => {
    it("answers 412", async () => {
      const requestId = newRequestId();
      expect((await post(requestId).send(validBody[operationId])).status).toBe(200);
      const res = await post(requestId).send(validBody[operationId]);
      expectProblem(res, "replayed-request-id", { requestId });
    });
  });

  describe.each(["get", "put", "delete", "patch"] as const)("with method %s", (method) => {
    it("answers 405 with Allow: POST", async () => {
      const requestId = newRequestId();
      const res = await request(app)[method](path).set("x-requestId", requestId);
      expectProblem(res, "method-not-allowed", { requestId });
      expect(res.headers["allow"]).toBe("POST");
    });
  });

  describe("with an unknown property in the body", () => {
    it("answers 400 / 1014 naming the property", async () => {
      const requestId = newRequestId();
      const res = await post(requestId).send({ ...validBody[operationId], surplus: true });
      expectProblem(res, "invalid-request", {
        requestId,
        errors: [{ path: "/body/surplus", message: "must NOT have additional properties" }],
      });
    });
  });
});

describe.each(["GetFlexjob", "GetFlexjobAllocation"] as const)("%s", (operationId) => {
  const path = PATHS[operationId];

  describe("with a body breaking several rules", () => {
    it("answers 400 / 1014 listing every violation with its path", async () => {
      const requestId = newRequestId();
      const res = await request(app)
        .post(path)
        .set("x-requestId", requestId)
        .send({
          activeOrganisationHeader: { organisationTypeIdentifier: 0, organisationCode: "" },
          requestUserMetadataHeader: {
            requestUserStructure: { userFullName: "Mette Holm", requestUserTypeIdentifier: 4, userIdentifier: "mh" },
            requestOrganisationStructure: { organisationTypeIdentifier: 24, organisationCode: "123456789" },
            registrationDateTime: "2025-02-30T00:00:00Z",
          },
          getCaseElementRequestType: { caseElementIdentifier: "not-a-uuid" },
        });
      expectProblem(res, "invalid-request", { requestId, errors: expect.any(Array) });
      const errors = (res.body as { errors: { path: string; message: string }[] }).errors;
      expect(errors.map((e) => e.path).sort()).toEqual([
        "/body/activeOrganisationHeader/organisationCode",
        "/body/activeOrganisationHeader/organisationTypeIdentifier",
        "/body/getCaseElementRequestType/caseElementIdentifier",
        "/body/requestUserMetadataHeader/registrationDateTime",
        "/body/requestUserMetadataHeader/requestOrganisationStructure/organisationCode",
      ]);
      expect(errors).toContainEqual({
        path: "/body/requestUserMetadataHeader/registrationDateTime",
        message: 'must match format "date-time"',
      });
    });
  });

  describe("with registrationDateTime 2025-02-30T00:00:00Z (30 February)", () => {
    it("answers 400 / 1014: date-times are checked in full, not only by shape", async () => {
      const requestId = newRequestId();
      const body = {
        ...caseRequest(CASES.offer, "12345674"),
        requestUserMetadataHeader: {
          requestUserStructure: { userFullName: "Mette Holm", requestUserTypeIdentifier: 4, userIdentifier: "mh" },
          requestOrganisationStructure: { organisationTypeIdentifier: 24, organisationCode: "12345674" },
          registrationDateTime: "2025-02-30T00:00:00Z",
        },
      };
      const res = await request(app).post(path).set("x-requestId", requestId).send(body);
      expectProblem(res, "invalid-request", {
        requestId,
        errors: [
          { path: "/body/requestUserMetadataHeader/registrationDateTime", message: 'must match format "date-time"' },
        ],
      });
      body.requestUserMetadataHeader.registrationDateTime = "2024-02-29T23:59:59+01:00";
      const leapDay = await request(app).post(path).set("x-requestId", newRequestId()).send(body);
      expect(leapDay.status).not.toBe(400);
    });
  });

  describe("without activeOrganisationHeader", () => {
    it("answers 403 / 4575", async () => {
      const requestId = newRequestId();
      const res = await request(app).post(path).set("x-requestId", requestId).send(caseRequest(CASES.offer));
      expectProblem(res, "not-authorized", { requestId });
    });
  });

  describe("for a case that does not exist", () => {
    it("answers 404 / 80002", async () => {
      const requestId = newRequestId();
      const res = await request(app)
        .post(path)
        .set("x-requestId", requestId)
        .send(caseRequest("00000000-0000-4000-8000-000000000000", "12345674"));
      expectProblem(res, "case-not-found", { requestId });
    });
  });

  describe("for a case whose grant status is Ukendt", () => {
    it("answers 409 / 80003", async () => {
      const requestId = newRequestId();
      const res = await request(app)
        .post(path)
        .set("x-requestId", requestId)
        .send(caseRequest(CASES.unknownGrantStatus, "12345674"));
      expectProblem(res, "grant-status-unknown", { requestId });
    });
  });
});

describe("any path that is not an operation", () => {
  describe.each([
    { method: "get", path: "/" },
    { method: "post", path: "/Flexjob/GetFlexjobs" },
    { method: "post", path: "/flexjob/getflexjob" },
    { method: "post", path: "/Flexjob/GetFlexjob/" },
  ] as const)("$method $path", ({ method, path }) => {
    it("answers 404 as a problem, echoing x-requestId", async () => {
      const requestId = newRequestId();
      const res = await request(app)[method](path).set("x-requestId", requestId).send({});
      expectProblem(res, "not-found", { requestId });
    });
  });

  describe("without x-requestId", () => {
    it("answers 404 (routing comes before the header check)", async () => {
      expectProblem(await request(app).get("/nothing-here"), "not-found");
    });
  });
});
