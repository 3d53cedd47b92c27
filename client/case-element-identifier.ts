/** The client-side check of `caseElementIdentifier`: the spec's rule, from generated/contract. */
import { isCaseElementIdentifier } from "../generated/contract";
import { describeValue } from "./request-id";

/** Throws a TypeError saying what a valid id looks like, so a typo never costs a request id. */
export function checkCaseElementIdentifier(value: unknown): string {
  if (isCaseElementIdentifier(value)) return value;
  throw new TypeError(
    `caseElementIdentifier must be a UUID (8-4-4-4-12 hexadecimal digits) such as 11111111-1111-4111-8111-111111111111; got ${describeValue(value)}`,
  );
}
