/**
 * CORS (`cors` option, `--cors`): preflights of the operations for the origins allowed, the
 * x-requestId exposed on their answers, and no CORS header at all for any other origin or when off.
 */
import request from "supertest";
import { createApp } from "../../server/sandbox/create-app";
import { newRequestId, PATHS } from "../fixtures/server-kit";

const APP_ORIGIN = "http://localhost:5173";

function preflight(app: ReturnType<typeof createApp>, origin: string, path = PATHS.GetFlexjob) {
  return request(app)
    .options(path)
    .set("Origin", origin)
    .set("Access-Control-Request-Method", "POST")
    .set("Access-Control-Request-Headers", "content-type,x-requestid");
}

function corsHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.startsWith("access-control-")));
}

describe("CORS with origins listed", () => {
  const app = createApp({ cors: [APP_ORIGIN, "https://app.example"], validateResponses: true });

  describe.each(Object.entries(PATHS))("%s", (_operationId, path) => {
    it("answers a preflight from a listed origin with 204, allowing POST, content-type and x-requestId", async () => {
      const res = await preflight(app, APP_ORIGIN, path);
      expect(res.status).toBe(204);
      expect(corsHeaders(res.headers)).toEqual({
        "access-control-allow-origin": APP_ORIGIN,
        "access-control-allow-methods": "POST",
        "access-control-allow-headers": "content-type,x-requestId",
        "access-control-expose-headers": "x-requestId",
        "access-control-max-age": "600",
      });
    });
  });

  it("exposes x-requestId on an answer to a listed origin, errors included", async () => {
    const id = newRequestId();
    const res = await request(app).post(PATHS.IsAliveAsync).set("Origin", APP_ORIGIN).set("x-requestId", id).send({});
    expect(res.status).toBe(200);
    expect(corsHeaders(res.headers)).toEqual({
      "access-control-allow-origin": APP_ORIGIN,
      "access-control-expose-headers": "x-requestId",
    });
    const replay = await request(app)
      .post(PATHS.IsAliveAsync)
      .set("Origin", APP_ORIGIN)
      .set("x-requestId", id)
      .send({});
    expect([replay.status, replay.headers["access-control-allow-origin"]]).toEqual([412, APP_ORIGIN]);
  });

  it("gives another origin no CORS header: its preflight is the 405 of any other method", async () => {
    const res = await preflight(app, "https://evil.example");
    expect(res.status).toBe(405);
    expect(corsHeaders(res.headers)).toEqual({});
    const post = await request(app)
      .post(PATHS.IsAliveAsync)
      .set("Origin", "https://evil.example")
      .set("x-requestId", newRequestId())
      .send({});
    expect([post.status, corsHeaders(post.headers)]).toEqual([200, {}]);
  });

  it("gives a request without Origin (no browser) no CORS header", async () => {
    const res = await request(app).post(PATHS.IsAliveAsync).set("x-requestId", newRequestId()).send({});
    expect(corsHeaders(res.headers)).toEqual({});
  });

  it("leaves paths other than the operations alone", async () => {
    const res = await preflight(app, APP_ORIGIN, "/openapi.json");
    expect([res.status, corsHeaders(res.headers)]).toEqual([405, {}]);
  });
});

describe("CORS with *", () => {
  const app = createApp({ cors: "*" });

  it("allows any origin", async () => {
    const res = await preflight(app, "https://anywhere.example");
    expect([res.status, res.headers["access-control-allow-origin"]]).toEqual([204, "*"]);
  });
});

describe("CORS off (the default)", () => {
  const app = createApp();

  it("answers a preflight as any other method: 405, no CORS header", async () => {
    const res = await preflight(app, APP_ORIGIN);
    expect([res.status, corsHeaders(res.headers)]).toEqual([405, {}]);
  });
});

describe("the cors option", () => {
  it("refuses an entry that is no origin, naming the rule and the value", () => {
    expect(() => createApp({ cors: ["localhost:5173"] })).toThrow(
      'cors must be "*" or a comma-separated list of origins (scheme://host[:port]); got ["localhost:5173"]',
    );
  });
});
