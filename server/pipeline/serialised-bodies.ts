/**
 * Answer bodies serialised once, when they are loaded, rather than on every response: the exact
 * bytes `res.json` would send for them. A registered body is deep-frozen, so its bytes can never
 * drift from the object that was checked against the spec when it was loaded.
 */
import { violationsOf, type ValidatedSchema } from "../../generated/validators";

const serialised = new WeakMap<object, Buffer>();

/** Freezes `body` and remembers its JSON; returns `body`. */
export function serialiseOnce<T extends object>(body: T): T {
  serialised.set(deepFreeze(body), Buffer.from(JSON.stringify(body), "utf8"));
  return body;
}

/**
 * A body written in code rather than read from a case file, registered after a check against its
 * schema: response validation does not check stored bodies again. Throws naming the violations.
 */
export function serialiseChecked<T extends object>(schema: ValidatedSchema, body: T): T {
  const violations = violationsOf(schema, body);
  if (violations.length > 0)
    throw new Error(
      `a stored ${schema} breaks its schema: ${violations.map((v) => `${v.pointer} ${v.message}`).join("; ")}`,
    );
  return serialiseOnce(body);
}

/** The JSON of a body registered by `serialiseOnce`, or undefined for any other value. */
export function serialisedBody(body: unknown): Buffer | undefined {
  return typeof body === "object" && body !== null ? serialised.get(body) : undefined;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
