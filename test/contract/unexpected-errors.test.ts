/**
 * The unexpected: a handler that throws, and an answer that breaks the spec (caught by response
 * validation). Both become 500 / 1011 problems: never HTML, never a stack trace.
 */
import request from "supertest";
import { createApp } from "../../server/sandbox/create-app";
import * as handlers from "../../core/sandbox/handlers";
import * as problems from "../../core/problems";
import { captureLogger, caseRequest, expectProblem, newRequestId, PATHS } from "../fixtures/server-kit";

afterEach(() => jest.restoreAllMocks());

describe("IsAliveAsync", () => {
  describe("when the handler throws", () => {
    it("answers 500 / 1011 without the error's text or stack, and logs the stack", async () => {
      const real = handlers.createHandlers;
      jest.spyOn(handlers, "createHandlers").mockImplementation((deps) => ({
        ...real(deps),
        IsAliveAsync: async () => {
          throw new Error("secret internals at /srv/app.ts:1");
        },
      }));
      const log = captureLogger();
      const app = createApp({ validateResponses: true, logger: log.logger });
      const requestId = newRequestId();
      const res = await request(app).post(PATHS.IsAliveAsync).set("x-requestId", requestId).send({});
      expectProblem(res, "internal-error", { requestId });
      expect(res.text).not.toContain("secret internals");
      expect(res.text).not.toMatch(/<html|at .*\.ts:\d+/i);
      expect(log.lines).toContainEqual(
        expect.objectContaining({
          level: 50,
          requestId,
          errorKind: "Error",
          stack: expect.stringContaining("unexpected-errors.test.ts"),
        }),
      );
    });
  });
});

describe("IsAliveAsync", () => {
  describe("when the handler throws a system error (its database refused the connection)", () => {
    it("logs the error's code beside its kind, and never its message", async () => {
      const real = handlers.createHandlers;
      jest.spyOn(handlers, "createHandlers").mockImplementation((deps) => ({
        ...real(deps),
        IsAliveAsync: async () => {
          throw Object.assign(new Error("connect ECONNREFUSED 10.0.0.7:5432 for user 0101901234"), {
            code: "ECONNREFUSED",
          });
        },
      }));
      const log = captureLogger();
      const requestId = newRequestId();
      await request(createApp({ logger: log.logger }))
        .post(PATHS.IsAliveAsync)
        .set("x-requestId", requestId)
        .send({});
      const line = log.lines.find((l) => l.msg === "unexpected error");
      expect(line).toMatchObject({ requestId, errorKind: "Error", errorSystemCode: "ECONNREFUSED" });
      expect(JSON.stringify(log.lines)).not.toContain("10.0.0.7");
    });
  });
});

describe("GetFlexjob", () => {
  describe("when an answer breaks the spec (a problem with an empty title)", () => {
    const brokenProblem = (() => ({
      status: 404,
      body: { type: "urn:x", title: "", status: 404, detail: "d" },
    })) as unknown as typeof problems.problem;
    const send = (validateResponses: boolean) =>
      request(createApp({ validateResponses }))
        .post(PATHS.GetFlexjob)
        .set("x-requestId", newRequestId())
        .send(caseRequest("00000000-0000-4000-8000-000000000000", "12345674"));

    it("answers 500 / 1011 naming the breach when response validation is on", async () => {
      jest.spyOn(problems, "problem").mockImplementationOnce(brokenProblem);
      const res = await send(true);
      expect(res.status).toBe(500);
      expect(res.body).toMatchObject({
        status: 500,
        errorCode: 1011,
        detail: expect.stringContaining("/response/title"),
      });
    });

    it("answers 500 / 1011 as a Problem when the breaking answer is the error middleware's own", async () => {
      jest.spyOn(problems, "problem").mockImplementationOnce(brokenProblem);
      const res = await request(createApp({ validateResponses: true }))
        .post(PATHS.GetFlexjob)
        .set("x-requestId", newRequestId())
        .send({ getCaseElementRequestType: { caseElementIdentifier: 7 } });
      expect(res.status).toBe(500);
      expect(res.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
      expect(res.body).toMatchObject({
        status: 500,
        errorCode: 1011,
        detail: expect.stringContaining("/response/title"),
      });
    });

    it("sends the answer unchecked when response validation is off", async () => {
      jest.spyOn(problems, "problem").mockImplementationOnce(brokenProblem);
      const res = await send(false);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ type: "urn:x", title: "", status: 404, detail: "d" });
    });
  });
});
