/**
 * What the server tells whoever runs or calls it when something is off: a 403 that says which
 * of its two causes it is, a debug line saying why a request was refused (pointer and rule, the
 * path of an unknown operation, never a value), and a warning when no case is served.
 */
import request from "supertest";
import { createApp } from "../../server/sandbox/create-app";
import { CASES, captureLogger, caseRequest, PATHS } from "../fixtures/server-kit";

const OFFER_CASE = CASES.offer;

describe("GetFlexjob", () => {
  describe.each([
    {
      given: "without activeOrganisationHeader",
      caller: undefined,
      detail: "The request names no organisation: activeOrganisationHeader is missing.",
    },
    {
      given: "for an organisation that is not a party to the case",
      caller: "11111114",
      detail:
        "The calling organisation (activeOrganisationHeader) is not a party to this case: a party is a company (organisationTypeIdentifier 24) with the CVR of the case's company or of its external operator.",
    },
  ])("$given", ({ caller, detail }) => {
    it("answers 403 / 4575 with a detail naming the cause", async () => {
      const res = await request(createApp({ validateResponses: true }))
        .post(PATHS.GetFlexjob)
        .set("x-requestId", `forbidden-${caller ?? "none"}`)
        .send(caseRequest(OFFER_CASE, caller));
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ errorCode: 4575, detail });
    });
  });
});

describe("the request log at debug level", () => {
  describe("for a body that breaks the schema", () => {
    it("says why: every violation's pointer and rule, no value", async () => {
      const log = captureLogger("debug");
      const body = { getCaseElementRequestType: { caseElementIdentifier: "not-a-uuid-3102901234" }, note: "x" };
      await request(createApp({ logger: log.logger }))
        .post(PATHS.GetFlexjob)
        .set("x-requestId", "bad-1")
        .send(body);
      expect(log.lines.filter((l) => l.msg === "request refused")).toEqual([
        expect.objectContaining({
          requestId: "bad-1",
          status: 400,
          violations: [
            { pointer: "/body/note", rule: "must NOT have additional properties" },
            { pointer: "/body/getCaseElementRequestType/caseElementIdentifier", rule: 'must match format "uuid"' },
          ],
        }),
      ]);
      expect(log.text()).not.toContain("not-a-uuid");
    });
  });

  describe("for a body that is not JSON", () => {
    it("gives the rule without the parser's quote of the body", async () => {
      const log = captureLogger("debug");
      await request(createApp({ logger: log.logger }))
        .post(PATHS.IsAliveAsync)
        .set("x-requestId", "bad-2")
        .set("content-type", "application/json")
        .send("secret-text");
      expect(log.lines.find((l) => l.msg === "request refused")).toMatchObject({
        violations: [{ pointer: "/body", rule: "must be well-formed JSON" }],
      });
      expect(log.text()).not.toContain("secret-text");
    });
  });

  describe("for a path no operation has", () => {
    it.each([
      ["/Flexjob/GetFlexjobs", "/Flexjob/GetFlexjobs"],
      ["/cases/310290-1234?cpr=3102901234", "(CPR-shaped value withheld)"],
    ])("logs the path of %s, never its query, withholding a CPR-shaped one", async (url, path) => {
      const log = captureLogger("debug");
      const res = await request(createApp({ logger: log.logger }))
        .post(url)
        .set("x-requestId", "lost-1")
        .send({});
      expect(res.status).toBe(404);
      expect(log.lines.find((l) => l.msg === "request refused")).toMatchObject({ requestId: "lost-1", path });
      expect(log.text()).not.toMatch(/310290-?1234/);
    });
  });

  describe("at info level", () => {
    it("says nothing more than the request line", async () => {
      const log = captureLogger("info");
      await request(createApp({ logger: log.logger }))
        .post("/nowhere")
        .set("x-requestId", "lost-2")
        .send({});
      expect(log.lines.map((l) => l.msg)).toEqual(["request"]);
    });
  });
});

describe("createApp", () => {
  describe("with the sandbox off and no case file", () => {
    it("warns that no case is served", () => {
      const log = captureLogger("warn");
      createApp({ sandbox: false, logger: log.logger });
      expect(log.lines).toEqual([
        expect.objectContaining({
          level: 40,
          sandbox: false,
          msg: "no case is served (sandbox off, no case file given): every case lookup answers 404 / 80002",
        }),
      ]);
    });
  });

  describe("with the sandbox on", () => {
    it("does not warn", () => {
      const log = captureLogger("warn");
      createApp({ logger: log.logger });
      expect(log.lines).toEqual([]);
    });
  });
});
