/**
 * Values just outside a schema's bounds: strings shorter than minLength or longer than maxLength,
 * numbers below minimum or above maximum, and int32 values outside 32 bits.
 */
import * as fc from "fast-check";
import type { Schema } from "../spec";

export interface BrokenBound {
  value: unknown;
  description: string;
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
/** How far past a bound generated values go. */
const REACH = 64;

/** Values outside the schema's bounds, or undefined when it has none. */
export function outOfBounds(schema: Schema): fc.Arbitrary<BrokenBound> | undefined {
  const options = schema.type === "string" ? stringBounds(schema) : numberBounds(schema);
  return options.length === 0 ? undefined : fc.oneof(...options);
}

function stringBounds(schema: Schema): fc.Arbitrary<BrokenBound>[] {
  const options: fc.Arbitrary<BrokenBound>[] = [];
  const { minLength, maxLength } = schema;
  if (typeof maxLength === "number") {
    options.push(
      fc.integer({ min: maxLength + 1, max: maxLength + REACH }).map((n) => ({
        value: "x".repeat(n),
        description: `${n} characters (maxLength ${maxLength})`,
      })),
    );
  }
  if (typeof minLength === "number" && minLength > 0) {
    options.push(
      fc.integer({ min: 0, max: minLength - 1 }).map((n) => ({
        value: "x".repeat(n),
        description: `${n} characters (minLength ${minLength})`,
      })),
    );
  }
  return options;
}

function numberBounds(schema: Schema): fc.Arbitrary<BrokenBound>[] {
  if (schema.type !== "integer" && schema.type !== "number") return [];
  const int32 = schema.format === "int32";
  const max = typeof schema.maximum === "number" ? schema.maximum : int32 ? INT32_MAX : undefined;
  const min = typeof schema.minimum === "number" ? schema.minimum : int32 ? INT32_MIN : undefined;
  const options: fc.Arbitrary<BrokenBound>[] = [];
  if (max !== undefined) {
    const rule = typeof schema.maximum === "number" ? `maximum ${max}` : "int32";
    options.push(
      fc.nat({ max: REACH * 1000 }).map((n) => ({ value: max + 1 + n, description: `${max + 1 + n} (${rule})` })),
    );
  }
  if (min !== undefined) {
    const rule = typeof schema.minimum === "number" ? `minimum ${min}` : "int32";
    options.push(
      fc.nat({ max: REACH * 1000 }).map((n) => ({ value: min - 1 - n, description: `${min - 1 - n} (${rule})` })),
    );
  }
  return options;
}
