/**
 * Requests Node's HTTP parser rejects before Express runs (a malformed request line, header or
 * chunked body, headers over the size limit, a request that does not arrive in time) get the
 * spec's Problem like every other error, instead of Node's bare status line. There is no request
 * object here, so the answer is written to the socket by hand, and no x-requestId is echoed.
 */
import { maxHeaderSize, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import type { Logger } from "pino";
import { problem, type Problem } from "../pipeline";

interface ParserOutcome {
  status: number;
  body: Problem;
}

/** The Problem for a parser error code, with the status Node's default handler would send. */
export function parserOutcome(code: string | undefined): ParserOutcome {
  switch (code) {
    case "HPE_HEADER_OVERFLOW":
      return problem(
        "headers-too-large",
        `The request's headers are larger than the server reads (${maxHeaderSize} bytes in all).`,
      );
    case "HPE_CHUNK_EXTENSIONS_OVERFLOW":
      return problem("payload-too-large", "The request's chunk extensions are larger than the server reads.");
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return problem("request-timeout", "The request did not arrive in full in time.");
    default:
      return problem("invalid-request", `The request is not well-formed HTTP (${code ?? "parse error"}).`);
  }
}

/** The whole HTTP/1.1 answer, closing the connection: after a parse error the stream is lost. */
export function rawAnswer({ status, body }: ParserOutcome): string {
  const json = JSON.stringify(body);
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ""}`,
    "Content-Type: application/problem+json; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(json)}`,
    "Connection: close",
    "",
    json,
  ].join("\r\n");
}

/** A request and its response. */
interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
}

export interface ClientErrorOptions {
  /** How long earlier responses on the connection may take before it is closed without the Problem. */
  drainMs?: number;
  /** How long after the Problem the connection stays half-open for the client to read it and close. */
  lingerMs?: number;
}

/** The defaults of ClientErrorOptions. */
export const CLIENT_ERROR_DEFAULTS = { drainMs: 10_000, lingerMs: 1_000 } as const;

/**
 * Answers the server's client errors with a Problem and logs one line (status and parser code,
 * never the raw bytes, which may carry anything).
 *
 * The rejected request is either a new one whose head could not be read, or the connection's
 * latest request, when its body broke off. Responses to earlier requests on the connection
 * (pipelined, or still being computed) finish first, so the Problem follows them in order and
 * none is cut off; if they take longer than `drainMs`, the connection is closed. If the rejected
 * request has already been answered, or its answer has started (a handler may answer before
 * reading the body, e.g. 412), the connection is only closed: one request never gets two answers.
 */
export function answerClientErrors(server: Server, logger: Logger, options: ClientErrorOptions = {}): void {
  const { drainMs, lingerMs } = { ...CLIENT_ERROR_DEFAULTS, ...options };
  const unfinished = new WeakMap<Duplex, Set<Exchange>>();
  const latest = new WeakMap<Duplex, Exchange>();
  const rejected = new WeakSet<Duplex>();
  // Ahead of the app's listener, so that no response can finish before it is tracked.
  server.prependListener("request", (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    // Closed by the server (server/transport/connection-guard.ts): its later requests are never answered.
    if (socket.destroyed) return;
    const exchange = { req, res };
    latest.set(socket, exchange);
    const responses = unfinished.get(socket) ?? new Set<Exchange>();
    unfinished.set(socket, responses);
    responses.add(exchange);
    const done = (): void => void responses.delete(exchange);
    res.once("finish", done);
    res.once("close", done);
  });
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    // Once the parser has failed, a connection's later errors (more bytes, a timeout) are moot.
    if (rejected.has(socket)) return;
    rejected.add(socket);
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const outcome = parserOutcome(error.code);
    const last = latest.get(socket);
    const own = last !== undefined && !last.req.complete ? last : undefined;
    const earlier = [...(unfinished.get(socket) ?? [])].filter((exchange) => exchange !== own);
    void drained(earlier, socket, drainMs).then((inTime) => {
      const line = { status: outcome.status, reason: error.code };
      const closeWithout = (why: string): void => {
        logger.info(line, `request rejected by the HTTP parser; connection closed without an answer: ${why}`);
        socket.destroy();
      };
      if (!inTime) return closeWithout(`an earlier response on it did not finish within ${drainMs} ms`);
      if (own?.res.headersSent) return closeWithout("the request had already been answered");
      if (!socket.writable) return closeWithout("the client had closed it");
      logger.info(line, "request rejected by the HTTP parser");
      endThenClose(socket, rawAnswer(outcome), lingerMs);
    });
  });
}

/**
 * Sends the last bytes and half-closes, then closes the connection once the client has closed its
 * side or `lingerMs` have passed, whichever is first: a client that never reads and never closes
 * holds no descriptor after that. (Closing at once could reset the answer away while the client
 * still sends; Node's own handler does that.)
 */
function endThenClose(socket: Duplex, bytes: string, lingerMs: number): void {
  socket.end(bytes);
  const timer = setTimeout(() => socket.destroy(), lingerMs);
  timer.unref();
  socket.once("close", () => clearTimeout(timer));
}

/** Resolves true once every response has been sent in full (or its connection is gone), false after `ms`. */
function drained(exchanges: readonly Exchange[], socket: Duplex, ms: number): Promise<boolean> {
  if (exchanges.length === 0) return Promise.resolve(true);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
    timer.unref();
  });
  const all = Promise.all(exchanges.map(({ res }) => settled(res, socket))).then(() => true as const);
  return Promise.race([all, late]).finally(() => clearTimeout(timer));
}

/** Resolves once the response has been sent in full, or its connection is gone. */
function settled(res: ServerResponse, socket: Duplex): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off("finish", done).off("close", done);
      socket.off("close", done);
      resolve();
    };
    res.once("finish", done).once("close", done);
    socket.once("close", done);
  });
}
