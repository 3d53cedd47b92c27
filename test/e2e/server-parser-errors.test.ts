/**
 * Requests Node's HTTP parser rejects before Express runs, sent as raw bytes over a socket: each
 * gets the spec's Problem with the error table's status, the connection is closed, the log line
 * carries the status and never the bytes, and the server goes on answering.
 */
import net from "node:net";
import { createApp } from "../../server/app";
import { parserOutcome, rawAnswer } from "../../server/client-errors";
import { loadSpec } from "../../server/spec";
import { addSpecComponents, componentRef, createSpecAjv } from "../../server/spec-ajv";
import { listen, type Listening } from "../../server/serve";
import { captureLogger, ERROR_TABLE } from "../fixtures/server-kit";

const log = captureLogger();
const validProblem = addSpecComponents(createSpecAjv(), loadSpec().document.components).compile({ $ref: componentRef("Problem") });
let server: Listening;

beforeAll(async () => {
  server = await listen(createApp(), 0, "127.0.0.1", log.logger);
});

afterAll(async () => {
  await server.close();
});

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The server closed the connection after answering. */
  closed: boolean;
}

/** Writes `bytes` to a fresh connection and reads until the server closes it. */
function exchange(bytes: string | Buffer): Promise<RawAnswer> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.setTimeout(5_000, () => reject(new Error("no answer within 5 s")));
    socket.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const [head = "", body = ""] = text.split("\r\n\r\n");
      const [statusLine = "", ...headerLines] = head.split("\r\n");
      const headers = Object.fromEntries(headerLines.map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]));
      resolve({ status: Number(statusLine.split(" ")[1]), headers, body, closed: true });
      socket.destroy();
    });
    socket.write(bytes);
  });
}

function expectParserProblem(answer: RawAnswer, kind: keyof typeof ERROR_TABLE): void {
  const row: { status: number; title: string; errorCode?: number } = ERROR_TABLE[kind];
  expect(answer.status).toBe(row.status);
  expect(answer.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
  expect(answer.headers.connection).toBe("close");
  expect(Number(answer.headers["content-length"])).toBe(Buffer.byteLength(answer.body));
  const body = JSON.parse(answer.body) as unknown;
  expect(body).toEqual({
    type: `urn:flexjob-contract:problem:${kind}`,
    title: row.title,
    status: row.status,
    detail: expect.any(String),
    ...(row.errorCode === undefined ? {} : { errorCode: row.errorCode }),
  });
  expect(validProblem(body)).toBe(true);
}

describe("a request the HTTP parser rejects", () => {
  it("an unknown method token gets 400 (1014) as a Problem, and the connection is closed", async () => {
    const answer = await exchange("FOO /Flexjob/IsAlive HTTP/1.1\r\nHost: x\r\nx-requestId: parser-1\r\n\r\n");
    expectParserProblem(answer, "invalid-request");
    expect(JSON.parse(answer.body)).toMatchObject({ detail: "The request is not well-formed HTTP (HPE_INVALID_METHOD)." });
  });

  it("a header value with a control character gets 400 (1014), and the log has neither the header nor its value", async () => {
    const answer = await exchange("POST /Flexjob/IsAlive HTTP/1.1\r\nHost: x\r\nx-cpr: 0101011234\x01\r\n\r\n");
    expectParserProblem(answer, "invalid-request");
    const line = log.lines.find((l) => l.reason === "HPE_INVALID_HEADER_TOKEN");
    expect(line).toMatchObject({ status: 400, msg: "request rejected by the HTTP parser" });
    expect(log.text()).not.toContain("0101011234");
    expect(log.text()).not.toContain("x-cpr");
  });

  it("headers over 16 KB get 431 as a Problem", async () => {
    const answer = await exchange(`POST /Flexjob/IsAlive HTTP/1.1\r\nHost: x\r\nx-padding: ${"a".repeat(20_000)}\r\n\r\n`);
    expectParserProblem(answer, "headers-too-large");
    expect(log.lines).toContainEqual(expect.objectContaining({ status: 431, reason: "HPE_HEADER_OVERFLOW" }));
  });

  it("leaves the server answering the next request", async () => {
    await exchange("FOO / HTTP/1.1\r\n\r\n");
    const res = await fetch(`${server.url}/Flexjob/IsAlive`, { method: "POST", headers: { "x-requestId": "parser-after", "content-type": "application/json" }, body: "{}" });
    expect(res.status).toBe(200);
  });
});

describe("parserOutcome", () => {
  it.each([
    ["HPE_HEADER_OVERFLOW", "headers-too-large"],
    ["HPE_CHUNK_EXTENSIONS_OVERFLOW", "payload-too-large"],
    ["ERR_HTTP_REQUEST_TIMEOUT", "request-timeout"],
    ["HPE_INVALID_METHOD", "invalid-request"],
    [undefined, "invalid-request"],
  ] as const)("maps %s to the %s row of the error table", (code, kind) => {
    const outcome = parserOutcome(code);
    expect(outcome.status).toBe(ERROR_TABLE[kind].status);
    expect(outcome.body.type).toBe(`urn:flexjob-contract:problem:${kind}`);
    expect(validProblem(outcome.body)).toBe(true);
  });

  it("rawAnswer is a complete HTTP/1.1 response whose Content-Length counts bytes", () => {
    const text = rawAnswer(parserOutcome("ERR_HTTP_REQUEST_TIMEOUT"));
    expect(text).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    const [, body = ""] = text.split("\r\n\r\n");
    expect(text).toContain(`Content-Length: ${Buffer.byteLength(body)}\r\n`);
  });
});
