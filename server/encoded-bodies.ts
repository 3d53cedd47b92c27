/**
 * Answer bodies encoded once and shared by every answer that sends them (the case bodies, the
 * IsAlive body): an answer then costs a reference to one buffer, not a fresh copy, which bounds
 * what answers queued for a slow or non-reading client hold.
 */
const encoded = new WeakMap<object, Buffer>();

/** Encodes `body` as JSON now; returns it, frozen, as it is sent from then on. */
export function encodeOnce<T extends object>(body: T): T {
  encoded.set(body, Buffer.from(JSON.stringify(body)));
  return Object.freeze(body);
}

/** The encoding made by encodeOnce, or undefined for a body built per request. */
export function encodingOf(body: unknown): Buffer | undefined {
  return typeof body === "object" && body !== null ? encoded.get(body) : undefined;
}
