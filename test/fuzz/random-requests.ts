/**
 * Wholly random requests for the fuzz suite: any method, the spec's paths and near misses, any
 * x-requestId (or none), any content type, and bodies that are random JSON, random text or random
 * bytes, sometimes shaped like a valid request with random values.
 */
import * as fc from "fast-check";
import type { CheckContext } from "../../checker/context";
import { validRequestBody } from "../../checker/request-bodies";

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** A request that may be valid, so a 2xx is no failure. */
  mayBeValid: boolean;
}

export interface FuzzResponse {
  status: number;
  contentType: string;
  text: string;
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"];
const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "application/json; charset=latin1",
  "APPLICATION/JSON",
  "application/vnd.api+json",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
];

function paths(context: CheckContext): fc.Arbitrary<string> {
  const real = context.spec.operations.map((o) => o.path);
  return fc.oneof(
    { arbitrary: fc.constantFrom(...real), weight: 8 },
    {
      arbitrary: fc.constantFrom(
        ...real.flatMap((p) => [p.toLowerCase(), `${p}/`, `${p}?x=1`, `${p}%00`, p.replace("/Flexjob", "//Flexjob")]),
      ),
      weight: 1,
    },
    { arbitrary: fc.webPath().map((p) => (p.startsWith("/") ? p : `/${p}`)), weight: 1 },
  );
}

/** A valid body of a random operation with random organisation and case values. */
function reshapedBody(context: CheckContext): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...context.spec.operations),
      fc.oneof(fc.uuid(), fc.constantFrom(...context.options.offerCases)),
      fc.string({ minLength: 1, maxLength: 20 }),
    )
    .map(([operation, caseId, organisation]) => {
      const body = validRequestBody({ ...context, options: { ...context.options, organisation } }, operation, caseId);
      return JSON.stringify(body);
    });
}

function bodies(context: CheckContext): fc.Arbitrary<string | Uint8Array | undefined> {
  return fc.oneof(
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 200 }),
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.uint8Array({ maxLength: 200 }),
    reshapedBody(context),
    fc.constant(undefined),
  );
}

function headers(): fc.Arbitrary<Record<string, string>> {
  return fc
    .record({
      "x-requestId": fc.option(fc.oneof(fc.uuid(), fc.string({ maxLength: 60 })), { freq: 6 }),
      "content-type": fc.option(fc.oneof(fc.constantFrom(...CONTENT_TYPES), fc.string({ maxLength: 30 })), { freq: 6 }),
      "content-encoding": fc.option(fc.constantFrom("gzip", "identity", "br"), { freq: 1 }),
    })
    .map((h) => Object.fromEntries(Object.entries(h).filter((e): e is [string, string] => e[1] !== null)));
}

/** Mostly POST, the method of every operation, so that most requests get past routing. */
const methods = fc.oneof(
  { arbitrary: fc.constant("POST"), weight: 6 },
  { arbitrary: fc.constantFrom(...METHODS), weight: 1 },
);

export function randomRequest(context: CheckContext): fc.Arbitrary<FuzzRequest> {
  return fc.record({ method: methods, path: paths(context), headers: headers(), body: bodies(context) }).map((r) => {
    const hasBody = r.body !== undefined && r.method !== "GET" && r.method !== "HEAD";
    return {
      method: r.method,
      path: r.path,
      headers: r.headers,
      ...(hasBody ? { body: r.body } : {}),
      mayBeValid: true,
    };
  });
}

/** Sends with fetch; header values fetch cannot carry (outside Latin-1, control characters) are dropped. */
export async function send(baseUrl: string, request: FuzzRequest): Promise<FuzzResponse> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (/^[\t\x20-\x7e\x80-\xff]*$/.test(value)) headers.set(name, value);
  }
  const response = await fetch(baseUrl + request.path, {
    method: request.method,
    headers,
    body: typeof request.body === "string" ? request.body : request.body ? new Uint8Array(request.body) : null,
  });
  return {
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    text: await response.text(),
  };
}
