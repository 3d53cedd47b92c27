/**
 * createFlexjobClient: the three operations as methods that resolve to the typed 200 body of their
 * operation (the operationId is the join key) or throw: FlexjobApiError for an error status,
 * FlexjobTimeoutError / FlexjobNetworkError when no answer came, FlexjobResponseValidationError for
 * a body against the contract (with a validator from flexjob-contract/client/validate), TypeError
 * for a bad argument (before any request). Each call is one POST through the retrying fetch; the
 * openapi-fetch client is flexjob-contract/client/raw's, so that a client without it does not
 * carry it.
 */
import { FlexjobApiError } from "./api-error";
import { checkCaseElementIdentifier } from "./case-element-identifier";
import {
  checkCallOptions,
  resolveClientOptions,
  type CallOptions,
  type FlexjobClientOptions,
  type ResolvedClientOptions,
} from "./client-options";
import { identityOf, withIdentity } from "./identity";
import { createRetryingFetch } from "./retrying-fetch";
import { FlexjobResponseValidationError } from "./response-validation-error";
import type {
  FlexjobAllocationResponse,
  FlexjobOfferResponse,
  IsAliveResponse,
  OperationId,
  operations,
  paths,
} from "./types";

export interface FlexjobClient {
  /** GetFlexjob: the company's flexjob offer. */
  getFlexjob(caseElementIdentifier: string, options?: CallOptions): Promise<FlexjobOfferResponse>;
  /** GetFlexjobAllocation: the jobcentre's flexjob grant. */
  getFlexjobAllocation(caseElementIdentifier: string, options?: CallOptions): Promise<FlexjobAllocationResponse>;
  /** IsAliveAsync: whether the service answers. */
  isAlive(options?: CallOptions): Promise<IsAliveResponse>;
}

/** The generated path whose POST is operation `K`. */
type PathOf<K extends OperationId> = {
  [P in keyof paths]: paths[P] extends { post: operations[K] } ? P : never;
}[keyof paths];

/** Each operation's path: a literal the compiler holds equal to the generated `paths`. */
const PATHS: { [K in OperationId]: PathOf<K> } = {
  GetFlexjob: "/Flexjob/GetFlexjob",
  GetFlexjobAllocation: "/Flexjob/GetFlexjobAllocation",
  IsAliveAsync: "/Flexjob/IsAlive",
};

type RequestBody<K extends OperationId> = operations[K]["requestBody"]["content"]["application/json"];

export function createFlexjobClient(options: FlexjobClientOptions): FlexjobClient {
  const config = resolveClientOptions(options);
  const caseBody = (id: string, call: CallOptions): RequestBody<"GetFlexjob"> => ({
    ...identityOf(call),
    getCaseElementRequestType: { caseElementIdentifier: checkCaseElementIdentifier(id) },
  });
  return {
    getFlexjob: async (id, call = {}) =>
      (await send(config, "GetFlexjob", call, caseBody(id, call))) as FlexjobOfferResponse,
    getFlexjobAllocation: async (id, call = {}) =>
      (await send(config, "GetFlexjobAllocation", call, caseBody(id, call))) as FlexjobAllocationResponse,
    isAlive: async (call = {}) =>
      (await send(
        config,
        "IsAliveAsync",
        call,
        identityOf(call) satisfies RequestBody<"IsAliveAsync">,
      )) as IsAliveResponse,
  };
}

/**
 * One call: a retrying fetch of its own (to learn each attempt's x-requestId and apply the call's
 * timeout) sends the operation's POST, and the response becomes its body or a thrown error. The
 * body is returned as `unknown` and cast by the caller to its operation's 200 type, which the
 * contract and (when on) the validator stand behind.
 */
async function send<K extends OperationId>(
  config: ResolvedClientOptions,
  operationId: K,
  call: CallOptions,
  body: RequestBody<K>,
): Promise<unknown> {
  checkCallOptions(call);
  const sent: string[] = [];
  const fetch = createRetryingFetch({
    ...config,
    timeoutMs: call.timeoutMs ?? config.timeoutMs,
    nextRequestId: config.requestId,
    onAttempt: (id) => sent.push(id),
  });
  const request = new Request(`${config.baseUrl}${PATHS[operationId]}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-requestId": call.requestId ?? config.requestId() },
    body: JSON.stringify(withIdentity(body, identityOf(config))),
    ...(call.signal && { signal: call.signal }),
  });
  const response = await fetch(request);
  const requestId = sent.at(-1);
  // The retrying fetch has read the whole body (through a clone) within the attempt's timeout.
  const text = await response.text();
  if (!response.ok) throw new FlexjobApiError({ operationId, response, body: parsedOrText(text), requestId });
  return checkedBody(config, { operationId, response, requestId }, text);
}

/** An error body as JSON when it is JSON, else its text ("" when empty). */
function parsedOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function checkedBody(
  config: ResolvedClientOptions,
  context: { operationId: OperationId; response: Response; requestId: string | undefined },
  text: string,
): unknown {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    const violation = { pointer: "", rule: "application/json", message: text ? "is not JSON" : "is empty" };
    throw new FlexjobResponseValidationError({ ...context, violations: [violation] });
  }
  if (!config.validateResponses) return body;
  const violations = config.validateResponses(context.operationId, body);
  if (violations.length > 0) throw new FlexjobResponseValidationError({ ...context, violations });
  return body;
}
