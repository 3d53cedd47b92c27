/**
 * A shared store (Redis) that cannot answer right now. Requests that need it fail closed with
 * 500 internal-error (error-handler.ts) instead of being answered as if the store had said yes.
 */
export class StoreUnavailableError extends Error {
  override readonly name = "StoreUnavailableError";

  /** `store` names the store in the answer ("replay store"); `cause` stays in the log. */
  constructor(
    readonly store: string,
    options: { cause?: unknown } = {},
  ) {
    super(`The ${store} is unavailable`, options);
  }
}
