/**
 * Replay detection as configured through createApp: the retention window and the bound on
 * remembered ids (the clock is Date.now, replaced here; the store's own tests inject one).
 */
import request from "supertest";
import { createApp } from "../../server/sandbox/create-app";
import { captureLogger, expectProblem, newRequestId, PATHS } from "../fixtures/server-kit";

const HOUR = 3_600_000;
let clock = Date.UTC(2025, 2, 1);

beforeEach(() => jest.spyOn(Date, "now").mockImplementation(() => clock));
afterEach(() => jest.restoreAllMocks());

function isAlive(app: ReturnType<typeof createApp>, requestId: string) {
  return request(app).post(PATHS.IsAliveAsync).set("x-requestId", requestId).send({});
}

describe("IsAliveAsync", () => {
  describe("with the default retention of 7 days", () => {
    it("answers 412 to a replay just inside 7 days and 200 once they have passed", async () => {
      const app = createApp({ validateResponses: true });
      const requestId = newRequestId();
      expect((await isAlive(app, requestId)).status).toBe(200);
      clock += 7 * 24 * HOUR - 1;
      expectProblem(await isAlive(app, requestId), "replayed-request-id", { requestId });
      clock += 1;
      expect((await isAlive(app, requestId)).status).toBe(200);
    });
  });

  describe("with retentionMs of 1 hour", () => {
    it("forgets an id after an hour", async () => {
      const app = createApp({ validateResponses: true, retentionMs: HOUR });
      const requestId = newRequestId();
      expect((await isAlive(app, requestId)).status).toBe(200);
      clock += HOUR - 1;
      expect((await isAlive(app, requestId)).status).toBe(412);
      clock += 1;
      expect((await isAlive(app, requestId)).status).toBe(200);
    });
  });

  describe("with maxRequestIds of 2", () => {
    it("forgets the oldest id to remember a third, and says so in the log once", async () => {
      const log = captureLogger();
      const app = createApp({ validateResponses: true, maxRequestIds: 2, logger: log.logger });
      const [first, second, third, fourth] = [newRequestId(), newRequestId(), newRequestId(), newRequestId()];
      for (const id of [first, second, third, fourth]) expect((await isAlive(app, id)).status).toBe(200);
      // Remembered: third, fourth. The first two were forgotten early, so their replays pass.
      expect((await isAlive(app, fourth)).status).toBe(412);
      expect((await isAlive(app, third)).status).toBe(412);
      expect((await isAlive(app, first)).status).toBe(200);
      const warnings = log.lines.filter((line) => line.level === 40);
      expect(warnings).toEqual([
        expect.objectContaining({ maxIds: 2, msg: expect.stringContaining("request id store full") }),
      ]);
    });
  });
});
