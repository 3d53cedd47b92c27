/**
 * Requests Node's HTTP parser rejects before Express runs (a malformed request line, header or
 * chunked body, headers over the size limit, a request that does not arrive in time) get the
 * spec's Problem like every other error, instead of Node's bare status line. There is no request
 * object here, so the answer is written to the socket by hand, and no x-requestId is echoed.
 */
import { maxHeaderSize, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import type { Logger } from "pino";
import { problem, type Problem } from "./problems";

interface ParserOutcome {
  status: number;
  body: Problem;
}

/** The Problem for a parser error code, with the status Node's default handler would send. */
export function parserOutcome(code: string | undefined): ParserOutcome {
  switch (code) {
    case "HPE_HEADER_OVERFLOW":
      return problem("headers-too-large", `The request's headers are larger than the server reads (${maxHeaderSize} bytes in all).`);
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

/** A request on a connection whose response has not finished. */
interface Open {
  req: IncomingMessage;
  res: ServerResponse;
}

/**
 * Answers the server's client errors with a Problem and logs one line (status and parser code,
 * never the raw bytes, which may carry anything). Responses to earlier requests on the same
 * connection (pipelined, or still being computed) are let finish first, so the Problem follows
 * them in order and none is cut off or corrupted. If the rejected request's own response has
 * already started (the handler answered before the body was read), the connection is closed
 * without the Problem, as Node does, since bytes written into that response would corrupt it.
 */
export function answerClientErrors(server: Server, logger: Logger): void {
  const open = new WeakMap<Duplex, Set<Open>>();
  const rejected = new WeakSet<Duplex>();
  // Ahead of the app's listener, so that no response can finish before it is tracked.
  server.prependListener("request", (req: IncomingMessage, res: ServerResponse) => {
    if (res.writableFinished) return;
    const socket = req.socket;
    const requests = open.get(socket) ?? new Set<Open>();
    open.set(socket, requests);
    const entry = { req, res };
    requests.add(entry);
    const done = (): void => void requests.delete(entry);
    res.once("finish", done);
    res.once("close", done);
  });
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    // The parser fails once per connection; a later timeout on the same connection is moot.
    if (rejected.has(socket)) return;
    rejected.add(socket);
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const outcome = parserOutcome(error.code);
    const pending = [...(open.get(socket) ?? [])];
    // A request whose body was cut short by the error is the rejected one; the others came before.
    const earlier = pending.filter(({ req }) => req.complete);
    const own = pending.filter(({ req }) => !req.complete);
    void Promise.all(earlier.map(({ res }) => settled(res, socket))).then(() => {
      const line = { status: outcome.status, reason: error.code };
      if (!socket.writable || own.some(({ res }) => res.headersSent)) {
        logger.info(line, "request rejected by the HTTP parser; connection closed, its response was under way");
        socket.destroy();
        return;
      }
      logger.info(line, "request rejected by the HTTP parser");
      socket.end(rawAnswer(outcome));
    });
  });
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
