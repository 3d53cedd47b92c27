/** The x-requestId rule on the client side (the spec's, from generated/contract): a fresh id for every attempt. */
import { REQUEST_ID_RULE } from "../generated/contract";

export const REQUEST_ID_MAX_LENGTH = REQUEST_ID_RULE.maxLength;

/** The default id generator: a random UUID from Web Crypto (Node >= 20, browsers in secure contexts). */
export function randomRequestId(): string {
  return globalThis.crypto.randomUUID();
}

/** `id` unchanged when it is a valid x-requestId; throws a TypeError saying the rule otherwise. */
export function checkedRequestId(id: unknown, source: string): string {
  if (typeof id === "string" && id.length >= REQUEST_ID_RULE.minLength && id.length <= REQUEST_ID_MAX_LENGTH) return id;
  throw new TypeError(
    `${source} must be a string of ${REQUEST_ID_RULE.minLength} to ${REQUEST_ID_MAX_LENGTH} characters (typically a UUID); got ${describeValue(id)}`,
  );
}

export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}...` : value);
  if (typeof value === "function") return "a function";
  if (typeof value === "object" && value !== null) return Array.isArray(value) ? "an array" : "an object";
  return String(value);
}
