/**
 * Errors for calls that got no answer to use: every attempt timed out, or the last one failed on
 * the network. Both say how many attempts were made and the x-requestId of the last.
 */
import { hasBrand, setBrand } from "./brand";

export interface AttemptInfo {
  /** The x-requestId of the last attempt. */
  requestId: string;
  /** How many attempts were made (1 + retries used). */
  attempts: number;
}

/** The last attempt got no complete response (headers and body) within `timeoutMs`. */
export class FlexjobTimeoutError extends Error {
  override readonly name = "FlexjobTimeoutError" as const;
  readonly timeoutMs: number;
  readonly requestId: string;
  readonly attempts: number;

  constructor(init: AttemptInfo & { timeoutMs: number }) {
    super(`no response within ${init.timeoutMs} ms (attempt ${init.attempts}, x-requestId ${init.requestId})`);
    setBrand(this, "FlexjobTimeoutError");
    this.timeoutMs = init.timeoutMs;
    this.requestId = init.requestId;
    this.attempts = init.attempts;
  }
}

/** The last attempt failed before a response (DNS, refused connection, TLS, reset); `cause` says why. */
export class FlexjobNetworkError extends Error {
  override readonly name = "FlexjobNetworkError" as const;
  readonly requestId: string;
  readonly attempts: number;

  constructor(init: AttemptInfo & { cause: unknown }) {
    super(
      `request failed before a response: ${describe(init.cause)} (attempt ${init.attempts}, x-requestId ${init.requestId})`,
      {
        cause: init.cause,
      },
    );
    setBrand(this, "FlexjobNetworkError");
    this.requestId = init.requestId;
    this.attempts = init.attempts;
  }
}

export function isFlexjobTimeoutError(value: unknown): value is FlexjobTimeoutError {
  return hasBrand(value, "FlexjobTimeoutError");
}

export function isFlexjobNetworkError(value: unknown): value is FlexjobNetworkError {
  return hasBrand(value, "FlexjobNetworkError");
}

function describe(cause: unknown): string {
  const error = asErrorLike(cause);
  if (!error) return String(cause);
  // Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, ...) is its own cause.
  const inner = asErrorLike(error.cause);
  return inner ? `${error.message}: ${inner.message}` : error.message;
}

/** Duck-typed, since a fetch's errors may come from another realm (a vm context, an iframe). */
function asErrorLike(value: unknown): { message: string; cause?: unknown } | undefined {
  return typeof value === "object" && value !== null && typeof (value as { message?: unknown }).message === "string"
    ? (value as { message: string; cause?: unknown })
    : undefined;
}
