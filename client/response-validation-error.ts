/**
 * A successful response whose body breaks the contract: found by the `validateResponses` option,
 * or a 2xx body that is not JSON at all. Each violation names the JSON pointer and the broken rule.
 */
import type { Violation } from "../generated/contract";
import { hasBrand, setBrand } from "./brand";
import type { OperationId } from "./types";

/**
 * One broken rule, the project's one violation type: `pointer` into the body ("" for the whole
 * body), `rule` (the JSON Schema keyword and where the spec states it, e.g. `format at
 * #/components/schemas/FlexjobOfferResponseType/properties/caseElementIdentifier`) and `message`.
 */
export type ContractViolation = Violation;

export class FlexjobResponseValidationError extends Error {
  override readonly name = "FlexjobResponseValidationError" as const;
  readonly operationId: OperationId;
  readonly violations: readonly ContractViolation[];
  readonly requestId: string | undefined;
  readonly response: Response;

  constructor(init: {
    operationId: OperationId;
    violations: readonly ContractViolation[];
    requestId: string | undefined;
    response: Response;
  }) {
    const listed = init.violations.map((v) => `${v.pointer || "(body)"} ${v.message} (${v.rule})`).join("; ");
    super(`${init.operationId} response breaks the contract: ${listed}`);
    setBrand(this, "FlexjobResponseValidationError");
    this.operationId = init.operationId;
    this.violations = init.violations;
    this.requestId = init.requestId;
    this.response = init.response;
  }
}

export function isFlexjobResponseValidationError(value: unknown): value is FlexjobResponseValidationError {
  return hasBrand(value, "FlexjobResponseValidationError");
}
