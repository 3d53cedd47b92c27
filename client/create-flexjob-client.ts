/**
 * createFlexjobClient: a thin factory over openapi-fetch. `raw` is the openapi-fetch client
 * ({ data, error, response }), whose bodies get the client's organisation and user metadata as the
 * methods' do; the three methods resolve to the typed 200 body of their operation
 * (the operationId is the join key) or throw: FlexjobApiError for an error status,
 * FlexjobTimeoutError / FlexjobNetworkError when no answer came, FlexjobResponseValidationError for
 * a body against the contract (with a validator from flexjob-contract/client/validate), TypeError
 * for a bad argument (before any request).
 */
import createClient, { defaultBodySerializer, type Client } from "openapi-fetch";
import { FlexjobApiError } from "./api-error";
import { checkCaseElementIdentifier } from "./case-element-identifier";
import {
  checkCallOptions,
  resolveClientOptions,
  type CallOptions,
  type FlexjobClientOptions,
  type ResolvedClientOptions,
} from "./client-options";
import { createRetryingFetch } from "./retrying-fetch";
import { FlexjobResponseValidationError } from "./response-validation-error";
import type {
  components,
  FlexjobAllocationResponse,
  FlexjobOfferResponse,
  IsAliveResponse,
  OperationId,
  paths,
} from "./types";

export interface FlexjobClient {
  /** GetFlexjob: the company's flexjob offer. */
  getFlexjob(caseElementIdentifier: string, options?: CallOptions): Promise<FlexjobOfferResponse>;
  /** GetFlexjobAllocation: the jobcentre's flexjob grant. */
  getFlexjobAllocation(caseElementIdentifier: string, options?: CallOptions): Promise<FlexjobAllocationResponse>;
  /** IsAliveAsync: whether the service answers. */
  isAlive(options?: CallOptions): Promise<IsAliveResponse>;
  /**
   * The openapi-fetch client underneath, with the same retries, timeouts and middleware. A body
   * without `activeOrganisationHeader` / `requestUserMetadataHeader` gets the client's.
   */
  readonly raw: Client<paths>;
}

/** What the methods hand to `raw.POST`, besides the body. */
interface CallInit {
  params: { header: { "x-requestId": string } };
  parseAs: "text";
  fetch: (request: Request) => Promise<Response>;
  signal?: AbortSignal;
}

type RawCall = (init: CallInit) => Promise<{ data?: string; error?: unknown; response: Response }>;

export function createFlexjobClient(options: FlexjobClientOptions): FlexjobClient {
  const config = resolveClientOptions(options);
  const raw = createClient<paths>({
    baseUrl: config.baseUrl,
    fetch: createRetryingFetch({ ...config, nextRequestId: config.requestId }),
    bodySerializer: (body: unknown) => defaultBodySerializer(withIdentity(body, identityOf(config))),
  });
  raw.use(...config.middleware);
  const caseBody = (id: string, call: CallOptions) => ({
    ...identityOf(call),
    getCaseElementRequestType: { caseElementIdentifier: checkCaseElementIdentifier(id) },
  });
  return {
    raw,
    getFlexjob: async (id, call = {}) => {
      const body = caseBody(id, call);
      return (await send(config, "GetFlexjob", call, (init) =>
        raw.POST("/Flexjob/GetFlexjob", { ...init, body }),
      )) as FlexjobOfferResponse;
    },
    getFlexjobAllocation: async (id, call = {}) => {
      const body = caseBody(id, call);
      return (await send(config, "GetFlexjobAllocation", call, (init) =>
        raw.POST("/Flexjob/GetFlexjobAllocation", { ...init, body }),
      )) as FlexjobAllocationResponse;
    },
    isAlive: async (call = {}) =>
      (await send(config, "IsAliveAsync", call, (init) =>
        raw.POST("/Flexjob/IsAlive", { ...init, body: identityOf(call) }),
      )) as IsAliveResponse,
  };
}

type Identity = Pick<components["schemas"]["IsAliveRequest"], "activeOrganisationHeader" | "requestUserMetadataHeader">;

/** The body fields for an organisation and user metadata (a call's, or the client's). */
function identityOf(source: Pick<CallOptions, "organisation" | "userMetadata"> | undefined): Identity {
  return {
    ...(source?.organisation && { activeOrganisationHeader: source.organisation }),
    ...(source?.userMetadata && { requestUserMetadataHeader: source.userMetadata }),
  };
}

/** A request body with the client's identity fields wherever the body has none of its own. */
function withIdentity(body: unknown, identity: Identity): unknown {
  const isObject = typeof body === "object" && body !== null && !Array.isArray(body);
  return isObject ? { ...identity, ...body } : body;
}

/**
 * One call: a retrying fetch of its own (to learn each attempt's x-requestId and apply the call's
 * timeout), then the response turned into its body or a thrown error. The body is returned as
 * `unknown` and cast by the caller to its operation's 200 type, which openapi-fetch's response
 * types and (when on) the validator stand behind.
 */
async function send(
  config: ResolvedClientOptions,
  operationId: OperationId,
  call: CallOptions,
  rawCall: RawCall,
): Promise<unknown> {
  checkCallOptions(call);
  const sent: string[] = [];
  const fetch = createRetryingFetch({
    ...config,
    timeoutMs: call.timeoutMs ?? config.timeoutMs,
    nextRequestId: config.requestId,
    onAttempt: (id) => sent.push(id),
  });
  const firstId = call.requestId ?? config.requestId();
  const { data, error, response } = await rawCall({
    params: { header: { "x-requestId": firstId } },
    parseAs: "text",
    fetch,
    signal: call.signal,
  });
  const requestId = sent.at(-1);
  if (!response.ok) throw new FlexjobApiError({ operationId, response, body: error, requestId });
  return checkedBody(config, { operationId, response, requestId }, data);
}

function checkedBody(
  config: ResolvedClientOptions,
  context: { operationId: OperationId; response: Response; requestId: string | undefined },
  text: string | undefined,
): unknown {
  let body: unknown;
  try {
    body = JSON.parse(text ?? "");
  } catch {
    const violation = { pointer: "", rule: "application/json", message: text ? "is not JSON" : "is empty" };
    throw new FlexjobResponseValidationError({ ...context, violations: [violation] });
  }
  if (!config.validateResponses) return body;
  const violations = config.validateResponses(context.operationId, body);
  if (violations.length > 0) throw new FlexjobResponseValidationError({ ...context, violations });
  return body;
}
