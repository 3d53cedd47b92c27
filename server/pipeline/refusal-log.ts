/**
 * Why a request was refused, for the debug log: a 400's violations as JSON pointer and rule, and
 * the path of a 404 for a path no operation has. Never a value: a pointer names elements of the
 * schema (or the name of an element the schema does not allow), a rule is the validator's text up
 * to any colon, after which a message may quote the input (JSON.parse's does). Each text passes
 * through `redact` (the request log's CPR rule), since a caller chooses paths and element names.
 */
import type { Request, Response } from "express";
import type { Violation as ContractViolation } from "../../generated/contract";
import { factsOf } from "./http-adapter";

type Redact = (text: string | undefined) => string | undefined;

/** The project's violation, without its message (which may quote the input); redaction may drop either part. */
export type Violation = { [K in "pointer" | "rule"]: ContractViolation[K] | undefined };

export interface Refusal {
  /** The request's path, when no operation has it (404). */
  path?: string | undefined;
  violations?: Violation[];
}

/** What the debug log says about a refused request; undefined when there is nothing to say. */
export function refusalOf(req: Request, res: Response, redact: Redact): Refusal | undefined {
  const { problem, operation } = factsOf(res);
  if (problem === undefined) return undefined;
  if (problem.status === 404 && operation === undefined) return { path: redact(req.path) };
  if (problem.errors === undefined) return undefined;
  return {
    violations: problem.errors.map((e) => ({
      pointer: redact(e.path),
      rule: redact(e.message.split(": ")[0]),
    })),
  };
}
