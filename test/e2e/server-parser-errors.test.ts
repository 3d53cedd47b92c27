/**
 * Requests Node's HTTP parser rejects before Express runs, sent as raw bytes over a socket: each
 * gets the spec's Problem with the error table's status and a closed connection, after any earlier
 * response on that connection has arrived whole; if the rejected request's own response has
 * already started, the connection is only closed, so that response is never corrupted. The log
 * line carries the status, never the bytes.
 */
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { createApp } from "../../server/sandbox/create-app";
import { answerClientErrors, parserOutcome, rawAnswer } from "../../server/transport/client-errors";
import { violationsOf } from "../../generated/validators";
import { listen, type Listening } from "../../server/transport/serve";
import { captureLogger, ERROR_TABLE } from "../fixtures/server-kit";

const validProblem = (body: unknown): boolean => violationsOf("Problem", body).length === 0;

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Everything the server sent, in order. */
  text: string;
}

/**
 * Writes `bytes` to a fresh connection to `port` (and `then.send` once the answer so far
 * contains `then.after`), and resolves with everything read once the server closes it.
 */
function exchange(port: number, bytes: string, then?: { after: string; send: string }): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    let sentThen = false;
    socket.on("data", (chunk) => {
      chunks.push(chunk);
      if (then && !sentThen && Buffer.concat(chunks).toString("utf8").includes(then.after)) {
        sentThen = true;
        socket.write(then.send);
      }
    });
    socket.on("error", reject);
    socket.setTimeout(5_000, () => reject(new Error("the server did not close the connection within 5 s")));
    socket.on("end", () => {
      socket.destroy();
      resolve(parseLast(Buffer.concat(chunks).toString("utf8")));
    });
    socket.write(bytes);
  });
}

/** The last HTTP response in `text` (a connection may carry several). */
function parseLast(text: string): RawAnswer {
  const start = text.lastIndexOf("HTTP/1.1 ");
  const [head = "", ...rest] = text.slice(start).split("\r\n\r\n");
  const [statusLine = "", ...headerLines] = head.split("\r\n");
  const headers = Object.fromEntries(
    headerLines.map((line) => [
      line.slice(0, line.indexOf(":")).toLowerCase(),
      line.slice(line.indexOf(":") + 1).trim(),
    ]),
  );
  return { status: Number(statusLine.split(" ")[1]), headers, body: rest.join("\r\n\r\n"), text };
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

describe("the reference server, given a request the HTTP parser rejects", () => {
  const log = captureLogger();
  let server: Listening;
  let port: number;

  beforeAll(async () => {
    server = await listen(createApp(), 0, "127.0.0.1", log.logger);
    port = Number(new URL(server.url).port);
  });

  afterAll(async () => {
    await server.close();
  });

  it("an unknown method token gets 400 (1014) as a Problem, and the connection is closed", async () => {
    const answer = await exchange(port, "FOO /Flexjob/IsAlive HTTP/1.1\r\nHost: x\r\nx-requestId: parser-1\r\n\r\n");
    expectParserProblem(answer, "invalid-request");
    expect(JSON.parse(answer.body)).toMatchObject({
      detail: "The request is not well-formed HTTP (HPE_INVALID_METHOD).",
    });
  });

  it("a header value with a control character gets 400 (1014), and the log has neither the header nor its value", async () => {
    const answer = await exchange(port, "POST /Flexjob/IsAlive HTTP/1.1\r\nHost: x\r\nx-cpr: 0101011234\x01\r\n\r\n");
    expectParserProblem(answer, "invalid-request");
    expect(log.lines).toContainEqual(
      expect.objectContaining({
        status: 400,
        reason: "HPE_INVALID_HEADER_TOKEN",
        msg: "request rejected by the HTTP parser",
      }),
    );
    expect(log.text()).not.toContain("0101011234");
    expect(log.text()).not.toContain("x-cpr");
  });

  it(`headers over ${http.maxHeaderSize} bytes get 431 as a Problem`, async () => {
    const answer = await exchange(
      port,
      `POST /Flexjob/IsAlive HTTP/1.1\r\nHost: x\r\nx-padding: ${"a".repeat(http.maxHeaderSize)}\r\n\r\n`,
    );
    expectParserProblem(answer, "headers-too-large");
    expect(log.lines).toContainEqual(expect.objectContaining({ status: 431, reason: "HPE_HEADER_OVERFLOW" }));
  });

  it("a malformed chunked body, after complete headers, gets 400 (1014) as a Problem", async () => {
    const head =
      "POST /Flexjob/IsAlive HTTP/1.1\r\nHost: x\r\nx-requestId: parser-chunk\r\ncontent-type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    const answer = await exchange(port, `${head}zz\r\n{}\r\n0\r\n\r\n`);
    expectParserProblem(answer, "invalid-request");
    expect(JSON.parse(answer.body)).toMatchObject({
      detail: "The request is not well-formed HTTP (HPE_INVALID_CHUNK_SIZE).",
    });
  });

  it("on a kept-alive connection, after a finished response, a malformed request still gets its Problem", async () => {
    const first =
      "POST /Flexjob/IsAlive HTTP/1.1\r\nHost: x\r\nx-requestId: parser-keepalive\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}";
    const answer = await exchange(port, first, {
      after: '{"isAliveResponseType":{"isAlive":true}}',
      send: "FOO / HTTP/1.1\r\nHost: x\r\n\r\n",
    });
    expect(answer.text).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expectParserProblem(answer, "invalid-request");
  });

  it("a body that breaks off after the request was answered (412 for a replayed id) gets no second answer", async () => {
    const head = (id: string) =>
      `POST /Flexjob/IsAlive HTTP/1.1\r\nHost: x\r\nx-requestId: ${id}\r\ncontent-type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const first = await exchange(
      port,
      "POST /Flexjob/IsAlive HTTP/1.1\r\nHost: x\r\nx-requestId: parser-replay\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}",
    );
    expect(first.status).toBe(200);
    const answer = await exchange(port, head("parser-replay"), {
      after: "replayed-request-id",
      send: "zz\r\n{}\r\n0\r\n\r\n",
    });
    expect(answer.text.match(/HTTP\/1\.1 /g)).toHaveLength(1);
    expect(answer.status).toBe(412);
    expect(log.lines).toContainEqual(
      expect.objectContaining({
        status: 400,
        reason: "HPE_INVALID_CHUNK_SIZE",
        msg: "request rejected by the HTTP parser; connection closed without an answer: the request had already been answered",
      }),
    );
  });

  it("the server goes on answering after rejected requests", async () => {
    const res = await fetch(`${server.url}/Flexjob/IsAlive`, {
      method: "POST",
      headers: { "x-requestId": "parser-after", "content-type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(200);
  });
});

describe("answerClientErrors on a bare server", () => {
  const DRAIN_MS = 1_000;
  const log = captureLogger();
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    // Short timeouts, checked every 50 ms, so that a slow request meets its 408 in the test.
    server = http.createServer(
      { requestTimeout: 400, headersTimeout: 300, connectionsCheckingInterval: 50 },
      (req, res) => {
        switch (req.url) {
          case "/stream":
            // A response under way: headers and a first chunk now, the rest later.
            res.writeHead(200, { "content-type": "text/plain" }).write("first chunk;");
            setTimeout(() => res.end("last chunk"), 150);
            return;
          case "/early":
            // Starts answering before reading the body.
            res.writeHead(200, { "content-type": "text/plain" }).write("early;");
            return;
          case "/early-done":
            // Answers in full before reading the body.
            res.end("early-done");
            return;
          case "/never":
            return;
          default:
            req.resume().on("end", () => res.end("ok"));
        }
      },
    );
    answerClientErrors(server, log.logger, { drainMs: DRAIN_MS });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("headers that do not arrive in time get 408 as a Problem", async () => {
    const answer = await exchange(port, "POST /slow HTTP/1.1\r\nHost: x\r\n");
    expectParserProblem(answer, "request-timeout");
  });

  it("a body that does not arrive in time gets 408 as a Problem", async () => {
    const answer = await exchange(port, "POST /slow HTTP/1.1\r\nHost: x\r\ncontent-length: 10\r\n\r\n{}");
    expectParserProblem(answer, "request-timeout");
  });

  it("a malformed request pipelined behind a response under way gets its Problem after that response, which arrives whole", async () => {
    const answer = await exchange(port, "GET /stream HTTP/1.1\r\nHost: x\r\n\r\nFOO / HTTP/1.1\r\nHost: x\r\n\r\n");
    expect(answer.text).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(answer.text.indexOf("last chunk")).toBeGreaterThan(answer.text.indexOf("first chunk;"));
    expect(answer.text.indexOf("HTTP/1.1 400")).toBeGreaterThan(answer.text.indexOf("last chunk"));
    expectParserProblem(answer, "invalid-request");
  });

  it("a malformed body whose own response has already started closes the connection without writing into that response", async () => {
    const head = "POST /early HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
    const answer = await exchange(port, `${head}zz\r\n{}\r\n0\r\n\r\n`);
    expect(answer.text).not.toContain("problem");
    expect(log.lines).toContainEqual(
      expect.objectContaining({
        status: 400,
        reason: "HPE_INVALID_CHUNK_SIZE",
        msg: "request rejected by the HTTP parser; connection closed without an answer: the request had already been answered",
      }),
    );
  });

  it("a body that breaks off after its request was answered in full gets no second answer", async () => {
    const head = "POST /early-done HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
    const answer = await exchange(port, head, { after: "early-done", send: "zz\r\n{}\r\n0\r\n\r\n" });
    expect(answer.text.match(/HTTP\/1\.1 /g)).toHaveLength(1);
    expect(answer.text).not.toContain("problem");
  });

  it(`closes the connection without the Problem when an earlier response does not finish within drainMs`, async () => {
    const started = Date.now();
    const answer = await exchange(port, "GET /never HTTP/1.1\r\nHost: x\r\n\r\nFOO / HTTP/1.1\r\nHost: x\r\n\r\n");
    expect(answer.text).toBe("");
    expect(Date.now() - started).toBeGreaterThanOrEqual(DRAIN_MS - 50);
    expect(log.lines).toContainEqual(
      expect.objectContaining({
        status: 400,
        reason: "HPE_INVALID_METHOD",
        msg: `request rejected by the HTTP parser; connection closed without an answer: an earlier response on it did not finish within ${DRAIN_MS} ms`,
      }),
    );
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
