/**
 * The request line's target as HTTP/1.1 allows it: origin form (`/Flexjob/IsAlive`) and absolute
 * form (`http://host/Flexjob/IsAlive`) reach the same operation, and only one request spends the id.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createApp } from "../../server/sandbox/create-app";
import { newRequestId } from "../fixtures/server-kit";

function post(port: number, target: string, requestId: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        method: "POST",
        path: target,
        headers: { "x-requestId": requestId, "content-type": "application/json" },
      },
      (res) => res.resume().on("end", () => resolve(res.statusCode ?? 0)),
    );
    req.on("error", reject);
    req.end("{}");
  });
}

describe("IsAliveAsync", () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    server = createApp({ validateResponses: true }).listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  describe("with the request target in absolute form", () => {
    it("answers 200, and 412 when the same id comes again in origin form", async () => {
      const requestId = newRequestId();
      expect(await post(port, `http://127.0.0.1:${port}/Flexjob/IsAlive`, requestId)).toBe(200);
      expect(await post(port, "/Flexjob/IsAlive", requestId)).toBe(412);
    });
  });

  describe("with an absolute-form target that is no operation", () => {
    it("answers 404 without spending the id", async () => {
      const requestId = newRequestId();
      expect(await post(port, `http://127.0.0.1:${port}/Flexjob/Nothing`, requestId)).toBe(404);
      expect(await post(port, "/Flexjob/IsAlive", requestId)).toBe(200);
    });
  });
});
