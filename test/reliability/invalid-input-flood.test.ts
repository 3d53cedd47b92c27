/**
 * A flood of invalid input: 100 000 requests that break the contract in every way a client can
 * (malformed JSON, schema violations, wrong types, bad headers, unknown paths and methods), then
 * 2 000 connections of malformed HTTP. The server answers every one with a 4xx, never a 5xx, and
 * is still up and answering valid requests afterwards.
 */
import net from "node:net";
import { newRequestId, PATHS } from "../fixtures/server-kit";
import { startListening, stopServer } from "../fixtures/raw-http";
import type { ServerProcess } from "../fixtures/server-process";
import { countIn, pipelineMany, sendMany, type RawRequest } from "./reliability-kit";

const REQUESTS = 100_000;
const RAW_CONNECTIONS = 2_000;
const json = { "content-type": "application/json" };

/** The invalid requests, cycled through; each gets a fresh x-requestId where it has one. */
const INVALID: ((id: string) => RawRequest)[] = [
  (id) => ({ method: "POST", path: PATHS.GetFlexjob, headers: { ...json, "x-requestId": id }, body: '{"a": ' }),
  (id) => ({ method: "POST", path: PATHS.GetFlexjob, headers: { ...json, "x-requestId": id }, body: "[1, 2]" }),
  (id) => ({
    method: "POST",
    path: PATHS.GetFlexjob,
    headers: { ...json, "x-requestId": id },
    body: JSON.stringify({ getCaseElementRequestType: { caseElementIdentifier: 42 }, extra: [null] }),
  }),
  (id) => ({
    method: "POST",
    path: PATHS.GetFlexjobAllocation,
    headers: { ...json, "x-requestId": id },
    body: JSON.stringify({
      activeOrganisationHeader: { organisationTypeIdentifier: "24", organisationCode: "" },
      getCaseElementRequestType: { caseElementIdentifier: "not-a-uuid" },
    }),
  }),
  (id) => ({ method: "POST", path: PATHS.IsAliveAsync, headers: { ...json, "x-requestId": id }, body: "null" }),
  () => ({ method: "POST", path: PATHS.IsAliveAsync, headers: json, body: "{}" }),
  () => ({ method: "POST", path: PATHS.IsAliveAsync, headers: { ...json, "x-requestId": "x".repeat(47) }, body: "{}" }),
  (id) => ({ method: "POST", path: PATHS.IsAliveAsync, headers: { ...json, "x-requestId": [id, id] }, body: "{}" }),
  (id) => ({
    method: "POST",
    path: PATHS.IsAliveAsync,
    headers: { "content-type": "text/plain", "x-requestId": id },
    body: "{}",
  }),
  (id) => ({
    method: "POST",
    path: PATHS.IsAliveAsync,
    headers: { "content-type": "application/json; charset=latin1", "x-requestId": id },
    body: "{}",
  }),
  (id) => ({ method: "POST", path: PATHS.GetFlexjob, headers: { "x-requestId": id } }),
  (id) => ({ method: "GET", path: PATHS.GetFlexjob, headers: { "x-requestId": id } }),
  (id) => ({ method: "POST", path: "/Flexjob/Nothing?q=%ZZ", headers: { ...json, "x-requestId": id }, body: "{}" }),
  (id) => ({ method: "DELETE", path: "/openapi.json", headers: { "x-requestId": id } }),
  (id) => ({
    method: "POST",
    path: PATHS.IsAliveAsync,
    headers: { ...json, "x-requestId": id },
    body: JSON.stringify(Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`k${i}`, i]))),
  }),
  (id) => ({
    method: "POST",
    path: PATHS.IsAliveAsync,
    headers: { ...json, "x-requestId": id },
    body: '{"\\ud800": 1}',
  }),
];

/** Malformed HTTP, each on its own connection: the parser rejects it and the server closes it. */
const MALFORMED = [
  "GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",
  "POST /Flexjob/IsAlive HTTP/9.9\r\n\r\n",
  "POST /Flexjob/IsAlive HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n",
  `GET /${"a".repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
  "\u0000\u0001\u0002 garbage\r\n\r\n",
];

function malformedConnection(port: number, bytes: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.end(bytes));
    socket.on("data", () => undefined);
    socket.on("error", () => resolve());
    socket.on("close", () => resolve());
  });
}

describe("flexjob-reference-server under a flood of invalid input", () => {
  let server: ServerProcess;
  let origin: string;
  let port: number;
  beforeAll(async () => {
    ({ server, port } = await startListening(["--log-level", "warn"]));
    origin = `http://127.0.0.1:${port}`;
  });
  afterAll(() => stopServer(server));

  it(`answers ${REQUESTS} invalid requests with 4xx only`, async () => {
    const run = newRequestId().slice(0, 8);
    const statuses = await pipelineMany(port, REQUESTS, (i) => INVALID[i % INVALID.length]!(`flood-${run}-${i}`));
    process.stdout.write(`flood statuses: ${JSON.stringify(Object.fromEntries(statuses))}\n`);
    expect(countIn(statuses, 400, 500)).toBe(REQUESTS);
  }, 150_000);

  it(`closes ${RAW_CONNECTIONS} connections of malformed HTTP without crashing`, async () => {
    for (let i = 0; i < RAW_CONNECTIONS; i += 50)
      await Promise.all(
        MALFORMED.flatMap((bytes) => Array.from({ length: 10 }, () => malformedConnection(port, bytes))),
      );
    expect(server.child.exitCode).toBeNull();
  }, 60_000);

  it("still answers valid requests, and wrote nothing but JSON lines without a 5xx", async () => {
    const statuses = await sendMany(origin, 100, () => ({
      method: "POST",
      path: PATHS.IsAliveAsync,
      headers: { ...json, "x-requestId": newRequestId() },
      body: "{}",
    }));
    expect(statuses).toEqual(new Map([[200, 100]]));
    expect(server.stderr()).toBe("");
    expect(server.stdout()).not.toMatch(/"status":5\d\d/);
  });
});
