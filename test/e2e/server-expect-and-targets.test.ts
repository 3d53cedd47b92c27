/**
 * What only a real server on a socket meets: an `Expect` header (which Node answers itself unless
 * told otherwise) and request targets that are not paths. Every answer is the spec's Problem.
 */
import { createApp } from "../../server/sandbox/create-app";
import { listen, type Listening } from "../../server/transport/serve";
import { expectProblem, newRequestId, PATHS } from "../fixtures/server-kit";
import { firstAnswer, rawRequest, sendRaw } from "../fixtures/raw-http";

let listening: Listening;
let port: number;
beforeAll(async () => {
  listening = await listen(createApp({ validateResponses: true }), 0, "127.0.0.1");
  port = Number(new URL(listening.url).port);
});
afterAll(() => listening.close(1_000));

/** The raw answer in the shape expectProblem reads. */
async function post(target: string, headers: [string, string][]) {
  const text = await sendRaw(
    port,
    rawRequest("POST", target, [["Content-Type", "application/json"], ...headers], "{}"),
  );
  const { status, headers: head, body } = firstAnswer(text);
  const header = (name: string) => new RegExp(`\\r\\n${name}: ([^\\r]*)`, "i").exec(head)?.[1];
  return { status, body, headers: { "content-type": header("content-type"), "x-requestid": header("x-requestid") } };
}

describe("IsAliveAsync", () => {
  describe.each(["foo", "200-ok", "100-continued"])("with Expect: %s", (expectation) => {
    it("answers 417 as a Problem, echoing x-requestId", async () => {
      const requestId = newRequestId();
      const res = await post(PATHS.IsAliveAsync, [
        ["x-requestId", requestId],
        ["Expect", expectation],
      ]);
      expectProblem(res, "expectation-failed", { requestId });
    });
  });

  describe("with Expect: 100-continue", () => {
    it("answers 100 Continue, then 200", async () => {
      const headers: [string, string][] = [
        ["Content-Type", "application/json"],
        ["x-requestId", newRequestId()],
        ["Expect", "100-continue"],
      ];
      const text = await sendRaw(port, rawRequest("POST", PATHS.IsAliveAsync, headers, "{}"));
      expect(text).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 OK\r\n/);
    });
  });

  describe.each(["http://[::1/Flexjob/IsAlive", "http://[::1]:99999/Flexjob/IsAlive", "http://a:b/Flexjob/IsAlive"])(
    "with the request target %s",
    (target) => {
      it("answers 404 as a Problem", async () => {
        const requestId = newRequestId();
        expectProblem(await post(target, [["x-requestId", requestId]]), "not-found", { requestId });
      });
    },
  );
});
