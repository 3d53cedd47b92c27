/**
 * Step 3's schema check of a parsed request, with express-openapi-validator's words: the reference
 * server answers a body its precompiled validator refuses through express-openapi-validator, whose
 * violations are the contract's `errors`. The same precompiled validators (generated/validators.js,
 * ajv's standalone output: no ajv, no schema compiled at run time) find the violations here; this
 * module words them as express-openapi-validator does (its middlewares/util.js,
 * ajvErrorsToValidatorError and augmentAjvErrors). The parity test holds the two to each other.
 */
import { OPERATIONS, type OperationId } from "../generated/contract";
import * as validators from "../generated/validators";
import type { ProblemError } from "../core";

/** One error of an ajv validator, as ajv's standalone code reports it. */
interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: { missingProperty?: string; additionalProperty?: string; allowedValues?: unknown[] };
}

type StandaloneValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/**
 * The precompiled validators by schema name. generated/validators.d.ts declares only violationsOf,
 * which words violations for the client; the module also exports each schema's standalone
 * validator (codegen's `exports.<Schema> = validate<n>`), whose raw ajv errors are needed here.
 */
const standalone = validators as unknown as Record<string, StandaloneValidator>;

/** The first query parameter: the spec's operations take none, so any is refused (express-openapi-validator's message). */
export function queryViolation(url: string): ProblemError[] {
  const [name] = new URL(url).searchParams.keys();
  return name === undefined ? [] : [{ path: `/query/${name}`, message: `Unknown query parameter '${name}'` }];
}

/** Every violation of the operation's request schema by `body`, as express-openapi-validator lists them. */
export function bodyViolations(operationId: OperationId, body: unknown): ProblemError[] {
  const validate = standalone[OPERATIONS[operationId].requestSchema]!;
  if (validate(body)) return [];
  return (validate.errors ?? []).map((error) => {
    const { missingProperty, additionalProperty, allowedValues } = error.params;
    const property = missingProperty ?? additionalProperty;
    const path = `/body${error.instancePath}${property === undefined ? "" : `/${property}`}`;
    const message =
      error.keyword === "enum" && allowedValues ? `${error.message}: ${allowedValues.join(", ")}` : error.message;
    return { path, message: message ?? "is invalid" };
  });
}
