/**
 * The contract on the wire: GET /openapi.yaml and /openapi.json serve spec/flexjob.yaml, with no
 * x-requestId needed, so tools can be pointed at a running server.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { load } from "js-yaml";
import request from "supertest";
import { createApp } from "../../server/app";
import { ROOT } from "../fixtures/server-kit";

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
  it("answers the same document as JSON", async () => {
    const res = await request(app).get("/openapi.json");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(res.body).toEqual(load(specText));
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
