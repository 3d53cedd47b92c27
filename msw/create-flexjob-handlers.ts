/**
 * createFlexjobHandlers: MSW request handlers that answer the spec's three operations at `baseUrl`
 * as the reference server does, with the same sandbox cases and rules, and the control API a test
 * drives them with. For `setupServer(...handlers)` (msw/node) and `setupWorker(...handlers)`
 * (msw/browser). msw is the caller's: this module only uses its `http` and `HttpResponse`.
 */
import { http, HttpResponse, type HttpHandler } from "msw";
import { OPERATIONS, type OperationId } from "../generated/contract";
import { answerRequest } from "./answer-request";
import { createFlexjobSandbox, type SandboxControl, type SandboxOptions } from "./flexjob-sandbox";

export interface FlexjobHandlersOptions extends SandboxOptions {
  /** Where the service is mocked, an absolute http(s) URL as the client's baseUrl, e.g. http://127.0.0.1:8080. */
  baseUrl: string;
}

export interface FlexjobHandlers extends SandboxControl {
  /** One handler per operation, for setupServer(...handlers) or setupWorker(...handlers). */
  handlers: HttpHandler[];
}

function baseOf(baseUrl: unknown): URL {
  const rule = "baseUrl must be an absolute http(s) URL such as http://127.0.0.1:8080";
  let url: URL;
  try {
    url = new URL(String(baseUrl));
  } catch {
    throw new TypeError(`${rule}; got ${JSON.stringify(baseUrl)}`);
  }
  if (typeof baseUrl !== "string" || (url.protocol !== "http:" && url.protocol !== "https:") || url.search || url.hash)
    throw new TypeError(`${rule}; got ${JSON.stringify(baseUrl)}`);
  return url;
}

export function createFlexjobHandlers(options: FlexjobHandlersOptions): FlexjobHandlers {
  const base = baseOf(options?.baseUrl);
  const prefix = base.pathname.replace(/\/+$/, "");
  const { auth, unknownGrantStatus, journalSize } = options;
  const sandbox = createFlexjobSandbox({ auth, unknownGrantStatus, journalSize });
  const handlers = (Object.keys(OPERATIONS) as OperationId[]).map((operationId) => {
    const path = `${prefix}${OPERATIONS[operationId].path}`;
    return http.all(`${base.origin}${path}`, async ({ request }) => {
      // MSW matches paths ignoring case and a trailing slash; the service's paths match exactly.
      if (new URL(request.url).pathname !== path) return undefined;
      const answer = await answerRequest(request, operationId, sandbox);
      if ("dropped" in answer) return HttpResponse.error();
      return new HttpResponse(answer.text, { status: answer.status, headers: answer.headers });
    });
  });
  const { auth: _auth, handlers: _handlers, requestIds: _ids, state: _state, journal: _journal, ...control } = sandbox;
  return { handlers, ...control };
}
