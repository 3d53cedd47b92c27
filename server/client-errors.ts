/**
 * Requests Node's HTTP parser rejects before Express runs (a malformed request line or header,
 * headers over the size limit, a request that does not arrive in time) get the spec's Problem
 * body like every other error, instead of Node's bare status line. There is no request object
 * here, so the answer is written to the socket by hand, and no x-requestId can be echoed.
 */
import { STATUS_CODES, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import type { Logger } from "pino";
import { problem, type Problem } from "./problems";

interface ParserOutcome {
  status: number;
  body: Problem;
}

/** The Problem for a parser error code, as Node's default handler picks its status. */
export function parserOutcome(code: string | undefined): ParserOutcome {
  switch (code) {
    case "HPE_HEADER_OVERFLOW":
      return problem("headers-too-large", "The request's headers are larger than the server reads (16 KB in all).");
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

/**
 * Answers the server's client errors with a Problem and logs one line (status and error code,
 * never the raw bytes, which may carry anything). A socket that is gone, or already carries a
 * response that has started, is only closed, as Node does, so no answer is ever corrupted.
 */
export function answerClientErrors(server: Server, logger: Logger): void {
  const answering = new WeakSet<Duplex>();
  server.on("request", (_req, res: ServerResponse) => {
    const socket = res.socket;
    if (!socket) return;
    answering.add(socket);
    const done = (): void => void answering.delete(socket);
    res.once("finish", done);
    res.once("close", done);
  });
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === "ECONNRESET" || !socket.writable || answering.has(socket)) {
      socket.destroy();
      return;
    }
    const outcome = parserOutcome(error.code);
    logger.info({ status: outcome.status, reason: error.code }, "request rejected by the HTTP parser");
    socket.end(rawAnswer(outcome));
  });
}
