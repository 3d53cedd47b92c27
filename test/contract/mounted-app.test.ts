/**
 * createFlexjobApp mounted under a prefix in an app of one's own answers its operations below the
 * prefix exactly as at the root: the body checks of express-openapi-validator (for what the
 * precompiled validators refuse) and response validation match the spec's paths below the mount.
 */
import express from "express";
import request from "supertest";
import { caseNotFound, createFlexjobApp, type Handlers } from "../../server";
import { newRequestId, PATHS } from "../fixtures/server-kit";

const handlers = {
  GetFlexjob: async (input) => caseNotFound(input),
  GetFlexjobAllocation: async (input) => caseNotFound(input),
  IsAliveAsync: async () => ({ status: 200, body: { isAliveResponseType: { isAlive: true } } }),
} satisfies Handlers;

function answersOf(app: express.Express, prefix: string) {
  const requestId = newRequestId();
  const bad = { getCaseElementRequestType: { caseElementIdentifier: 7 } };
  const unknown = {
    activeOrganisationHeader: { organisationTypeIdentifier: 24, organisationCode: "12345674" },
    getCaseElementRequestType: { caseElementIdentifier: "0f0e0d0c-0b0a-4909-8807-060504030201" },
  };
  return Promise.all([
    request(app)
      .post(prefix + PATHS.GetFlexjob)
      .set("x-requestId", requestId)
      .send(bad),
    request(app)
      .post(prefix + PATHS.GetFlexjob)
      .set("x-requestId", `${requestId}-2`)
      .send(unknown),
    request(app)
      .post(prefix + PATHS.IsAliveAsync)
      .set("x-requestId", `${requestId}-3`)
      .send({}),
  ]).then((answers) => answers.map((res) => ({ status: res.status, type: res.type, body: res.body as unknown })));
}

describe("createFlexjobApp mounted under /flexjob", () => {
  it("answers a bad body, an unknown case and IsAlive below the prefix as at the root", async () => {
    const outer = express();
    outer.use("/flexjob", createFlexjobApp({ handlers, validateResponses: true }));
    const mounted = await answersOf(outer, "/flexjob");
    expect(mounted.map((a) => a.status)).toEqual([400, 404, 200]);
    const root = await answersOf(createFlexjobApp({ handlers, validateResponses: true }), "");
    const withoutIds = (answers: typeof root) =>
      answers.map(({ body, ...rest }) => ({ ...rest, body: { ...(body as object), requestId: undefined } }));
    expect(withoutIds(mounted)).toEqual(withoutIds(root));
  });
});
