/**
 * One request sent on to the upstream and its whole answer read, in bounded time: the client's
 * method, path, end-to-end headers and body bytes as sent; no hop-by-hop header. A failure says
 * which: a timeout (the answer did not arrive in full within `timeoutMs`), a refused or reset
 * connection, a failed TLS handshake, a host that does not resolve.
 */
import { request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from "node:http";
import { request as httpsRequest, type Agent as HttpsAgent } from "node:https";
import type { Agent as HttpAgent } from "node:http";
import type { TLSSocket } from "node:tls";
import type { UpstreamAnswer } from "./answer-check";

/** Headers of one connection only (RFC 9110, 7.6.1), and those the proxy sets itself. */
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "host",
  "content-length",
  "expect",
]);

export type UpstreamFailureKind = "timeout" | "refused" | "reset" | "tls" | "unresolved" | "failed";

export class UpstreamFailure extends Error {
  override readonly name = "UpstreamFailure";
  constructor(
    readonly kind: UpstreamFailureKind,
    /** A code or OpenSSL's reason, never a value of the request. */
    readonly reason: string,
  ) {
    super(`${kind}: ${reason}`);
  }
}

export interface Upstream {
  url: URL;
  agent: HttpAgent | HttpsAgent;
  timeoutMs: number;
}

export interface Forwarded {
  method: string;
  /** Path and query as the client sent them (origin form). */
  target: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export function endToEnd(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())));
}

export function forward(upstream: Upstream, sent: Forwarded): Promise<UpstreamAnswer> {
  const { url, agent, timeoutMs } = upstream;
  const base = url.pathname.replace(/\/+$/, "");
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    let secured = url.protocol !== "https:";
    const request = send({
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[|\]$/g, ""),
      port: url.port,
      method: sent.method,
      path: base + sent.target,
      headers: { ...endToEnd(sent.headers), host: url.host, "content-length": String(sent.body.length) },
      agent: agent as HttpsAgent,
    });
    const timer = setTimeout(
      () => request.destroy(new UpstreamFailure("timeout", `no answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
    request.on("socket", (socket) => {
      if (!secured) (socket as TLSSocket).once("secureConnect", () => (secured = true));
      if ((socket as TLSSocket).encrypted && !(socket as TLSSocket).connecting) secured = true;
    });
    request.on("response", (response) => {
      secured = true;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        clearTimeout(timer);
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) });
      });
      response.on("error", (error) => request.destroy(error));
    });
    request.on("error", (error: NodeJS.ErrnoException & { reason?: string }) => {
      clearTimeout(timer);
      reject(error instanceof UpstreamFailure ? error : classify(error, secured));
    });
    request.end(sent.body);
  });
}

function classify(error: NodeJS.ErrnoException & { reason?: string }, secured: boolean): UpstreamFailure {
  const code = error.code ?? error.message;
  if (code === "ECONNREFUSED") return new UpstreamFailure("refused", code);
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return new UpstreamFailure("unresolved", code);
  if (code === "ETIMEDOUT") return new UpstreamFailure("timeout", code);
  if (!secured) return new UpstreamFailure("tls", error.reason ?? code);
  if (code === "ECONNRESET" || code === "EPIPE" || error.message === "socket hang up")
    return new UpstreamFailure("reset", error.code ?? "socket hang up");
  return new UpstreamFailure("failed", code);
}
