/**
 * Error brands that survive two copies of this package in one program (where `instanceof` fails):
 * `Symbol.for` returns the same symbol in every copy and realm.
 */
const BRAND = Symbol.for("flexjob-contract.error");

type ErrorName = "FlexjobApiError" | "FlexjobTimeoutError" | "FlexjobNetworkError" | "FlexjobResponseValidationError";

/** Marks `error` as a `name` error of this package, whatever copy created it. */
export function setBrand(error: Error, name: ErrorName): void {
  Object.defineProperty(error, BRAND, { value: name, enumerable: false });
}

/** True when `value` was branded `name` by any copy of this package. */
export function hasBrand(value: unknown, name: ErrorName): boolean {
  return typeof value === "object" && value !== null && (value as { [BRAND]?: unknown })[BRAND] === name;
}
