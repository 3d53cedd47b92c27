/**
 * Concurrent duplicates: many requests with one x-requestId arriving at once over many
 * connections. Of each burst exactly one gets 200 and every other 412, round after round.
 */
import { newRequestId, PATHS } from "../fixtures/server-kit";
import { startListening, stopServer } from "../fixtures/raw-http";
import type { ServerProcess } from "../fixtures/server-process";
import { sendMany } from "./reliability-kit";

const ROUNDS = 20;
const BURST = 100;

describe("flexjob-reference-server with concurrent duplicates", () => {
  let server: ServerProcess;
  let origin: string;
  beforeAll(async () => {
    const started = await startListening(["--log-level", "warn"]);
    server = started.server;
    origin = `http://127.0.0.1:${started.port}`;
  });
  afterAll(() => stopServer(server));

  it(`answers exactly one 200 per burst of ${BURST}, ${ROUNDS} times`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const requestId = newRequestId();
      const statuses = await sendMany(
        origin,
        BURST,
        () => ({
          method: "POST",
          path: PATHS.IsAliveAsync,
          headers: { "content-type": "application/json", "x-requestId": requestId },
          body: "{}",
        }),
        { connections: 50, concurrency: BURST },
      );
      expect(statuses).toEqual(
        new Map([
          [200, 1],
          [412, BURST - 1],
        ]),
      );
    }
  }, 60_000);
});
