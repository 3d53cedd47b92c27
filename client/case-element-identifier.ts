/** The client-side check of `caseElementIdentifier` (spec: `type: string, format: uuid`). */
import { describeValue } from "./request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Throws a TypeError saying what a valid id looks like, so a typo never costs a request id. */
export function checkCaseElementIdentifier(value: unknown): string {
  if (typeof value === "string" && UUID.test(value)) return value;
  throw new TypeError(
    `caseElementIdentifier must be a UUID (8-4-4-4-12 hexadecimal digits) such as 11111111-1111-4111-8111-111111111111; got ${describeValue(value)}`,
  );
}
