/**
 * The one place that talks HTTP: a request described as data (so a failing one can be printed as
 * curl), sent with fetch and a per-request timeout, answered as status, headers and body text.
 */
import { randomBytes, randomUUID } from "node:crypto";

/** The part of fetch the checker uses. */
export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export interface OutgoingRequest {
  method: string;
  /** The operation's path, appended to the base URL. */
  path: string;
  /** x-requestId to send; undefined sends none. */
  requestId?: string;
  contentType?: string;
  body?: string;
}

export interface Exchange {
  request: OutgoingRequest;
  status: number;
  headers: Headers;
  text: string;
}

/** A request that got no HTTP answer (refused, reset, timed out). */
export class RequestFailed extends Error {
  override readonly name = "RequestFailed";
}

export type Send = (request: OutgoingRequest) => Promise<Exchange>;

export function createSender(baseUrl: string, timeoutMs: number, fetchImpl: Fetch = fetch): Send {
  return async (request) => {
    const headers: Record<string, string> = {};
    if (request.requestId !== undefined) headers["x-requestId"] = request.requestId;
    if (request.contentType !== undefined) headers["content-type"] = request.contentType;
    const url = baseUrl + request.path;
    try {
      const response = await fetchImpl(url, {
        method: request.method,
        headers,
        body: request.body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      return { request, status: response.status, headers: response.headers, text: await response.text() };
    } catch (error) {
      throw new RequestFailed(`${request.method} ${url} got no answer: ${describeFetchError(error, timeoutMs)}`);
    }
  };
}

/** fetch's error with its cause, e.g. "fetch failed (connect ECONNREFUSED 127.0.0.1:1)" or "timed out after 500 ms". */
export function describeFetchError(error: unknown, timeoutMs: number): string {
  // AbortSignal.timeout rejects with a DOMException, which is not an Error in every realm.
  if ((error as { name?: unknown } | null)?.name === "TimeoutError") return `timed out after ${timeoutMs} ms`;
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause ? `${error.message} (${cause})` : error.message;
}

/** A request id never used before: the server remembers every id it has seen. */
export function freshRequestId(): string {
  return randomUUID();
}

/** A fresh request id of exactly `length` characters (a uuid padded with random hex). */
export function requestIdOfLength(length: number): string {
  const id = `${randomUUID()}-${randomBytes(32).toString("hex")}`;
  return id.slice(0, length);
}

/** The body parsed as JSON, or undefined when it is not JSON. */
export function jsonOf(exchange: Exchange): unknown {
  try {
    return JSON.parse(exchange.text) as unknown;
  } catch {
    return undefined;
  }
}

/** "application/problem+json; charset=utf-8" → "application/problem+json". */
export function mediaTypeOf(exchange: Exchange): string | undefined {
  return exchange.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() || undefined;
}
