/**
 * Case files beyond the bundled sandbox (--fixtures): they add cases and replace bundled ones,
 * and a bad file stops createApp with a FixtureError naming the file, the pointer and the rule.
 */
import path from "node:path";
import request from "supertest";
import { createApp } from "../../server/sandbox/create-app";
import { ConfigError } from "../../server/pipeline/config-error";
import { FixtureError } from "../../server/sandbox/fixture-error";
import {
  CASES,
  caseRequest,
  expectProblem,
  FIXTURES_DIR,
  newRequestId,
  PATHS,
  readCaseFiles,
} from "../fixtures/server-kit";

const extraDir = path.join(FIXTURES_DIR, "extra-cases");
const badDir = (name: string) => path.join(FIXTURES_DIR, "bad-cases", name);
const extra = readCaseFiles(extraDir);
const CASE_1 = CASES.offer;
const CASE_7 = "77777777-7777-4777-8777-777777777777";

function getFlexjob(app: ReturnType<typeof createApp>, id: string, caller: string) {
  return request(app).post(PATHS.GetFlexjob).set("x-requestId", newRequestId()).send(caseRequest(id, caller));
}

describe("GetFlexjob", () => {
  describe("with fixturesDir beside the sandbox", () => {
    const app = createApp({ validateResponses: true, fixturesDir: extraDir });

    it("serves an added case", async () => {
      const res = await getFlexjob(app, CASE_7, "11111114");
      expect(res.status).toBe(200);
      expect(res.body).toEqual(extra.get(`GetFlexjob ${CASE_7}`));
    });

    it("serves the replacing body of a bundled case", async () => {
      const res = await getFlexjob(app, CASE_1, "12345674");
      expect(res.status).toBe(200);
      expect(res.body).toEqual(extra.get(`GetFlexjob ${CASE_1}`));
    });

    it("still serves the other bundled cases", async () => {
      expect((await getFlexjob(app, CASES.secondOffer, "12345674")).status).toBe(200);
    });
  });

  describe("with sandbox off and fixturesDir", () => {
    const app = createApp({ validateResponses: true, sandbox: false, fixturesDir: extraDir });

    it("serves only the directory's cases", async () => {
      expect((await getFlexjob(app, CASE_7, "11111114")).status).toBe(200);
      const requestId = newRequestId();
      const res = await request(app)
        .post(PATHS.GetFlexjob)
        .set("x-requestId", requestId)
        .send(caseRequest(CASES.secondOffer, "12345674"));
      expectProblem(res, "case-not-found", { requestId });
    });
  });
});

describe("createApp", () => {
  describe.each([
    { dir: "malformed-json", file: "case.json", pointer: "/", rule: /must be well-formed JSON/ },
    {
      dir: "unknown-wrapper",
      file: "case.json",
      pointer: "/",
      rule: /must be a FlexjobOfferResponse .* or a FlexjobAllocationResponse/,
    },
    {
      dir: "schema-violation",
      file: "case-8-offer.json",
      pointer: "/flexjobRequestResponseType/flexjobOffer/preferedStartDate",
      rule: /must match format "date-time" \(format at #\/components\/schemas\/FlexjobOfferType\/properties\/preferedStartDate\)/,
    },
    {
      dir: "schema-violation",
      file: "case-8-offer.json",
      pointer: "/flexjobRequestResponseType/company/companyName",
      rule: /must have required property 'companyName' \(required at #\/components\/schemas\/CompanyType\)/,
    },
    {
      dir: "duplicate",
      file: "b.json",
      pointer: "/flexjobRequestResponseType/caseElementIdentifier",
      rule: /must be unique per operation within a directory \(also in .*a\.json\)/,
    },
  ])("with a case file in $dir", ({ dir, file, pointer, rule }) => {
    it(`throws a FixtureError naming ${file}, ${pointer} and the rule`, () => {
      let thrown: unknown;
      try {
        createApp({ fixturesDir: badDir(dir) });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(FixtureError);
      const error = thrown as FixtureError;
      expect(error.files.map((bad) => bad.file)).toEqual([path.join(badDir(dir), file)]);
      expect(error.message).toContain(path.join(badDir(dir), file));
      const line = error.message.split("\n").find((l) => l.startsWith(`  at ${pointer}: `));
      expect(line).toMatch(rule);
    });
  });

  describe("with a fixturesDir that does not exist", () => {
    it("throws a FixtureError naming the directory", () => {
      const missing = path.join(FIXTURES_DIR, "no-such-dir");
      expect(() => createApp({ fixturesDir: missing })).toThrow(
        new RegExp(`${missing}:\\n  at /: must be a readable directory`),
      );
    });
  });

  describe.each([
    { given: { auth: "none" }, message: 'auth must be "header", "certificate" or "off"; got "none"' },
    { given: { retentionMs: 0 }, message: "retentionMs must be a positive whole number of ms; got 0" },
    {
      given: { maxRequestIds: 1.5 },
      message: "maxRequestIds must be a whole number from 1 to 16777216 (the most the in-memory store holds); got 1.5",
    },
    {
      given: { unknownGrantStatus: 2 ** 31 },
      message: "unknownGrantStatus must be a whole number (int32); got 2147483648",
    },
  ])("with option $given", ({ given, message }) => {
    it("throws a ConfigError stating the rule and the value", () => {
      const build = () => createApp(given as Parameters<typeof createApp>[0]);
      expect(build).toThrow(ConfigError);
      expect(build).toThrow(new ConfigError(message));
    });
  });
});
