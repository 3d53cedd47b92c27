/**
 * The spec's schemas as the checks use them: the precompiled validators of generated/ (every
 * violation, full format checks), looked up by the schema a response or request names.
 */
import type { Violation } from "../generated/contract";
import { violationsOf, type ValidatedSchema } from "../generated/validators";
import { refName, type OperationSpec } from "./spec";

export type { Violation };

/** Every violation of `body`; [] when it conforms. */
export type Validate = (body: unknown) => Violation[];

export interface SchemaBook {
  /** The response schema for (status key, media type), if the spec gives one. */
  response(operation: OperationSpec, statusKey: string, mediaType: string): Validate | undefined;
  /** The operation's request body schema. */
  request(operation: OperationSpec): Validate;
  /** A validated schema by name, e.g. "Problem". */
  named(name: ValidatedSchema): Validate;
}

const validator =
  (name: string): Validate =>
  (body) =>
    // generated/validators throws naming the schema if the spec refers to one without a validator.
    violationsOf(name as ValidatedSchema, body);

export function createSchemaBook(): SchemaBook {
  return {
    response: (operation, statusKey, mediaType) => {
      const ref = operation.responses[statusKey]?.[mediaType]?.$ref;
      return typeof ref === "string" ? validator(refName(ref)) : undefined;
    },
    request: (operation) => validator(operation.row.requestSchema),
    named: (name) => validator(name),
  };
}

/** A violation on one line: pointer ("/" for the whole body), rule and message. */
export function formatViolation(v: Violation): string {
  return `${v.pointer === "" ? "/" : v.pointer} [${v.rule}] ${v.message}`;
}
