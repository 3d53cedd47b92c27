/**
 * --har FILE: every failing exchange as HTTP Archive 1.2 (http://www.softwareishard.com/blog/har-12-spec/),
 * which a browser's network panel imports and HAR tools replay: one page per failing check (its
 * id and reason), one entry per request that shows the failure, with what was sent and answered
 * (a request that got no answer has status 0 and `_error`). CPR-shaped values are withheld
 * (withhold-cpr.ts). The headers are those the checker set and those the server sent.
 */
import { STATUS_CODES } from "node:http";
import type { CheckResult } from "./context";
import type { Recorded } from "./recorder";
import type { Report } from "./run";
import { withheldBody, withheldRuns, withheldValue } from "./withhold-cpr";

type NameValue = { name: string; value: string };

export function toHar(report: Report): string {
  const failed = report.results.filter((r) => r.status === "failed" && (r.exchanges?.length ?? 0) > 0);
  const har = {
    log: {
      version: "1.2",
      creator: { name: "flexjob-contract-check", version: report.checkerVersion },
      pages: failed.map((result) => ({
        startedDateTime: result.exchanges![0]!.startedAt.toISOString(),
        id: result.id,
        title: withheldRuns(`${result.name}: ${result.reason}`),
        pageTimings: {},
      })),
      entries: failed.flatMap((result) => result.exchanges!.map((recorded) => entry(report.baseUrl, result, recorded))),
    },
  };
  return `${JSON.stringify(har, null, 2)}\n`;
}

function entry(baseUrl: string, result: CheckResult, { request, exchange, error, startedAt, durationMs }: Recorded) {
  const headers: NameValue[] = [];
  if (request.requestId !== undefined) headers.push({ name: "x-requestId", value: withheldValue(request.requestId) });
  if (request.contentType !== undefined) headers.push({ name: "content-type", value: request.contentType });
  const body = request.body ?? "";
  return {
    pageref: result.id,
    startedDateTime: startedAt.toISOString(),
    time: durationMs,
    request: {
      method: request.method,
      url: baseUrl + request.path,
      httpVersion: "HTTP/1.1",
      cookies: [],
      headers,
      queryString: [],
      ...(request.body === undefined
        ? {}
        : { postData: { mimeType: request.contentType ?? "", text: withheldBody(body) } }),
      headersSize: -1,
      bodySize: Buffer.byteLength(body),
    },
    response: exchange === undefined ? unanswered(error) : answered(exchange),
    cache: {},
    timings: { send: 0, wait: durationMs, receive: 0 },
    comment: withheldRuns(`${result.name}: ${result.reason}`),
  };
}

function answered(exchange: NonNullable<Recorded["exchange"]>) {
  const headers: NameValue[] = [];
  exchange.headers.forEach((value, name) => headers.push({ name, value: withheldValue(value) }));
  const size = Buffer.byteLength(exchange.text);
  return {
    status: exchange.status,
    statusText: STATUS_CODES[exchange.status] ?? "",
    httpVersion: "HTTP/1.1",
    cookies: [],
    headers,
    content: { size, mimeType: exchange.headers.get("content-type") ?? "x-unknown", text: withheldBody(exchange.text) },
    redirectURL: "",
    headersSize: -1,
    bodySize: size,
  };
}

/** No answer: status 0 and the reason in `_error`, as browsers export a failed request. */
function unanswered(error: string | undefined) {
  return {
    status: 0,
    statusText: "",
    httpVersion: "",
    cookies: [],
    headers: [],
    content: { size: 0, mimeType: "x-unknown" },
    redirectURL: "",
    headersSize: -1,
    bodySize: -1,
    _error: withheldRuns(error ?? "no answer"),
  };
}
