/**
 * The contract on the wire: GET /openapi.yaml and /openapi.json serve spec/flexjob.yaml (the JSON
 * with the sandbox cases as examples of the 200 bodies), with no x-requestId needed, so tools can
 * be pointed at a running server. The document itself passes
 * express-openapi-validator's OpenAPI 3.0 check, which the server skips at start.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import express from "express";
import * as OpenApiValidator from "express-openapi-validator";
import { load } from "js-yaml";
import request from "supertest";
import { CASE_OPERATIONS, OPERATIONS } from "../../generated/contract";
import { createApp } from "../../server/sandbox/create-app";
import { ROOT, SANDBOX_DIR } from "../fixtures/server-kit";

type Served = {
  paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, Media> }> }>>;
};
type Media = { examples?: Record<string, unknown> };

const app = createApp({ validateResponses: true });
const specText = readFileSync(path.join(ROOT, "spec", "flexjob.yaml"), "utf8");

describe("GET /openapi.yaml", () => {
  it("answers the spec file's text as application/yaml", async () => {
    const res = await request(app).get("/openapi.yaml");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/yaml; charset=utf-8");
    expect(res.text).toBe(specText);
  });
});

describe("GET /openapi.json", () => {
  it("answers the same document as JSON, with every sandbox case as an example of its operation's 200 body", async () => {
    const res = await request(app).get("/openapi.json");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
    const served = res.body as Served;
    const shown = CASE_OPERATIONS.flatMap((operationId) => {
      const { path: at, method, case: wrappers } = OPERATIONS[operationId];
      const media = served.paths[at]![method.toLowerCase()]!.responses["200"]!.content["application/json"]!;
      const examples = media.examples ?? {};
      delete media.examples;
      return Object.entries(examples).map(([name, example]) => ({ name, wrapper: wrappers.responseWrapper, example }));
    });
    expect(served).toEqual(load(specText));
    const files = readdirSync(SANDBOX_DIR).filter((name) => name.endsWith(".json"));
    expect(shown.map(({ name }) => `${name}.json`).sort()).toEqual(files.sort());
    for (const { name, wrapper, example } of shown) {
      const body = JSON.parse(readFileSync(path.join(SANDBOX_DIR, `${name}.json`), "utf8")) as Record<string, object>;
      expect(Object.keys(body)).toEqual([wrapper]);
      expect(example).toEqual({
        summary: `Sandbox case ${(body[wrapper] as { caseElementIdentifier: string }).caseElementIdentifier}`,
        description: `The body the reference server keeps for this case (server/sandbox/cases/${name}.json).`,
        value: body,
      });
    }
  });

  it("echoes an x-requestId without spending it", async () => {
    const res = await request(app).get("/openapi.json").set("x-requestId", "docs-1");
    expect(res.headers["x-requestid"]).toBe("docs-1");
    const alive = await request(app).post("/Flexjob/IsAlive").set("x-requestId", "docs-1").send({});
    expect(alive.status).toBe(200);
  });
});

describe("another method on /openapi.yaml or /openapi.json", () => {
  it.each([
    ["POST", "/openapi.json"],
    ["PUT", "/openapi.yaml"],
    ["DELETE", "/openapi.json"],
  ])("%s %s gets 405, Allow: GET, HEAD, and a Problem body echoing the x-requestId", async (method, url) => {
    const agent = request(app);
    const verb = method.toLowerCase() as "post" | "put" | "delete";
    const res = await agent[verb](url).set("x-requestId", `docs-${method}`);
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe("GET, HEAD");
    expect(res.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
    expect(res.headers["x-requestid"]).toBe(`docs-${method}`);
    expect(res.body).toMatchObject({
      type: "urn:flexjob-contract:problem:method-not-allowed",
      status: 405,
      detail: `${url} answers GET, HEAD only.`,
    });
  });

  it("HEAD answers like GET, without a body", async () => {
    const res = await request(app).head("/openapi.yaml");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/yaml; charset=utf-8");
  });
});

describe("spec/flexjob.yaml as a document", () => {
  // The server skips express-openapi-validator's check of the document (it costs a third of a
  // start); the check runs here instead, once, and is shown to catch a broken document.
  const document = load(specText) as { paths: Record<string, Record<string, Record<string, unknown>>> };
  const broken = structuredClone(document);
  broken.paths["/Flexjob/IsAlive"]!.post!.responses = "none";

  it.each([
    { given: "the spec", apiSpec: document, want: 200 },
    { given: "a copy whose responses are no object", apiSpec: broken, want: 500 },
  ])("$given: express-openapi-validator's OpenAPI 3.0 check answers $want", async ({ apiSpec, want }) => {
    // The validator prints the document's violations with console.error.
    const printed = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const checked = express();
    checked.use(
      OpenApiValidator.middleware({
        apiSpec: structuredClone(apiSpec) as unknown as Parameters<typeof OpenApiValidator.middleware>[0]["apiSpec"],
        validateApiSpec: true,
        validateRequests: false,
      }),
    );
    checked.post("/Flexjob/IsAlive", (_req, res) => void res.send("ok"));
    checked.use(((error, _req, res, _next) => void res.status(500).send(String(error))) as express.ErrorRequestHandler);
    const res = await request(checked).post("/Flexjob/IsAlive");
    printed.mockRestore();
    expect({ status: res.status, text: res.text }).toEqual({
      status: want,
      text: want === 200 ? "ok" : "Error: openapi.validator: args.apiDoc was invalid.  See the output.",
    });
  });
});
