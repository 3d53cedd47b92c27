/**
 * createFlexjobClient's options, resolved once: defaults from CLIENT_DEFAULTS, and a bad value
 * throws a TypeError at creation that states the rule and the value.
 */
import { CLIENT_DEFAULTS, type RetryPolicy } from "./defaults";
import { checkedRequestId, describeValue, randomRequestId } from "./request-id";
import type { FetchLike } from "./retrying-fetch";
import type { ContractViolation } from "./response-validation-error";
import type { OnRetry } from "./retry-info";
import type { ActiveOrganisationHeaderType, OperationId, RequestUserMetadataType } from "./types";

/**
 * Checks a successful body against the operation's 200 schema: every violation, [] when it
 * conforms. `validateResponses` from flexjob-contract/client/validate is one.
 */
export type ResponseValidator = (operationId: OperationId, body: unknown) => ContractViolation[];

export interface FlexjobClientOptions extends Partial<RetryPolicy> {
  /** Where the service is, e.g. `http://127.0.0.1:8080` for `npm start`. */
  baseUrl: string;
  /**
   * Sent as `activeOrganisationHeader` in every request body, `raw`'s included, unless the call
   * (or a raw body) gives its own: the organisation acted for.
   */
  organisation?: ActiveOrganisationHeaderType;
  /** Sent as `requestUserMetadataHeader` in every request body, like `organisation`: the user behind the calls. */
  userMetadata?: RequestUserMetadataType;
  /** The fetch every attempt goes through (e.g. one presenting a client certificate); globalThis.fetch otherwise. */
  fetch?: FetchLike;
  /** Makes x-requestIds (as the spec's x-requestId rule allows, never reused); crypto.randomUUID otherwise. */
  requestId?: () => string;
  /**
   * Check every successful body against the spec and throw FlexjobResponseValidationError on drift:
   * pass `validateResponses` from flexjob-contract/client/validate (off when absent or false).
   */
  validateResponses?: ResponseValidator | false;
  /** Called before each retry wait, e.g. to log it; see RetryInfo. */
  onRetry?: OnRetry;
}

/** Options of one call; they override the client's for that call. */
export interface CallOptions {
  /** Aborts the call, including a retry wait; the signal's reason is thrown and nothing is retried. */
  signal?: AbortSignal;
  /** Per attempt, like the client option. */
  timeoutMs?: number;
  /** The x-requestId of the first attempt; retries always make new ones. */
  requestId?: string;
  /** The organisation this call acts for, instead of the client's (one client for many CVRs). */
  organisation?: ActiveOrganisationHeaderType;
  /** The user behind this call, instead of the client's. */
  userMetadata?: RequestUserMetadataType;
}

export interface ResolvedClientOptions extends RetryPolicy {
  baseUrl: string;
  organisation: ActiveOrganisationHeaderType | undefined;
  userMetadata: RequestUserMetadataType | undefined;
  fetch: FetchLike;
  requestId: () => string;
  validateResponses: ResponseValidator | undefined;
  onRetry: OnRetry | undefined;
}

/** The options checked and completed; `factory` names the function they were given to. */
export function resolveClientOptions(
  options: FlexjobClientOptions,
  factory = "createFlexjobClient",
): ResolvedClientOptions {
  check(typeof options === "object" && options !== null, `${factory} needs an options object`, options);
  check(
    isAbsoluteUrl(options.baseUrl),
    "baseUrl must be an absolute http(s) URL such as http://127.0.0.1:8080",
    options.baseUrl,
  );
  const policy: RetryPolicy = {
    timeoutMs: options.timeoutMs ?? CLIENT_DEFAULTS.timeoutMs,
    retries: options.retries ?? CLIENT_DEFAULTS.retries,
    backoffBaseMs: options.backoffBaseMs ?? CLIENT_DEFAULTS.backoffBaseMs,
    backoffMaxMs: options.backoffMaxMs ?? CLIENT_DEFAULTS.backoffMaxMs,
    retryAfterMaxMs: options.retryAfterMaxMs ?? CLIENT_DEFAULTS.retryAfterMaxMs,
  };
  checkPolicy(policy);
  check(options.fetch === undefined || typeof options.fetch === "function", "fetch must be a function", options.fetch);
  check(
    options.requestId === undefined || typeof options.requestId === "function",
    "requestId must be a function returning an id",
    options.requestId,
  );
  check(
    options.validateResponses === undefined ||
      options.validateResponses === false ||
      typeof options.validateResponses === "function",
    'validateResponses takes the validator: import { validateResponses } from "flexjob-contract/client/validate"',
    options.validateResponses,
  );
  check(
    options.onRetry === undefined || typeof options.onRetry === "function",
    "onRetry must be a function",
    options.onRetry,
  );
  checkIdentity(options);
  const fetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  return {
    ...policy,
    // As openapi-fetch does: `${baseUrl}${path}` with one trailing slash of baseUrl dropped.
    baseUrl: options.baseUrl.replace(/\/$/, ""),
    organisation: options.organisation,
    userMetadata: options.userMetadata,
    fetch,
    requestId: options.requestId ?? randomRequestId,
    validateResponses: options.validateResponses || undefined,
    onRetry: options.onRetry,
  };
}

/** A call's options checked; requestId is checked against the x-requestId rule. */
export function checkCallOptions(options: CallOptions): void {
  if (options.timeoutMs !== undefined) checkTimeout(options.timeoutMs, "timeoutMs");
  if (options.requestId !== undefined) checkedRequestId(options.requestId, "requestId");
  check(options.signal === undefined || isSignal(options.signal), "signal must be an AbortSignal", options.signal);
  checkIdentity(options);
}

/** The schema itself is the service's to enforce (400 invalid-request); this catches a value of the wrong kind. */
function checkIdentity(options: Pick<CallOptions, "organisation" | "userMetadata">): void {
  const isObject = (v: unknown) => v === undefined || (typeof v === "object" && v !== null && !Array.isArray(v));
  check(
    isObject(options.organisation),
    "organisation must be an object { organisationTypeIdentifier, organisationCode }",
    options.organisation,
  );
  check(
    isObject(options.userMetadata),
    "userMetadata must be an object (RequestUserMetadataType)",
    options.userMetadata,
  );
}

/** Duck-typed: a signal may come from another realm, where `instanceof AbortSignal` fails. */
function isSignal(value: unknown): boolean {
  const signal = value as Partial<AbortSignal> | null;
  return (
    typeof signal === "object" &&
    signal !== null &&
    typeof signal.aborted === "boolean" &&
    typeof signal.addEventListener === "function"
  );
}

function checkPolicy(policy: RetryPolicy): void {
  checkTimeout(policy.timeoutMs, "timeoutMs");
  check(
    Number.isInteger(policy.retries) && policy.retries >= 0 && policy.retries <= 10,
    "retries must be a whole number from 0 to 10",
    policy.retries,
  );
  for (const key of ["backoffBaseMs", "backoffMaxMs", "retryAfterMaxMs"] as const) {
    check(Number.isFinite(policy[key]) && policy[key] >= 0, `${key} must be a number of ms >= 0`, policy[key]);
  }
}

function checkTimeout(value: number, name: string): void {
  // setTimeout's limit; a longer timeout would fire at once.
  check(
    Number.isFinite(value) && value > 0 && value <= 2 ** 31 - 1,
    `${name} must be a number of ms from 1 to 2147483647`,
    value,
  );
}

function isAbsoluteUrl(value: unknown): boolean {
  if (typeof value !== "string") return false;
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Throws a TypeError stating `rule` and the value unless `ok`. */
export function check(ok: boolean, rule: string, value: unknown): asserts ok {
  if (!ok) throw new TypeError(`${rule}; got ${describeValue(value)}`);
}
