/**
 * flexjob-contract/client/validate: response validation, kept out of flexjob-contract/client so
 * that a client without it carries neither the validators nor the schemas. Pass it as an option:
 *
 *     import { validateResponses } from "flexjob-contract/client/validate";
 *     createFlexjobClient({ baseUrl, validateResponses });
 *
 * The validators are precompiled from the spec (generated/validators.js): nothing is compiled at
 * run time and no `new Function` runs, so validation also works in a browser under a
 * Content-Security-Policy without 'unsafe-eval'.
 */
import { OPERATIONS } from "../generated/contract";
import { violationsOf } from "../generated/validators";
import type { ResponseValidator } from "./client-options";

export type { ResponseValidator } from "./client-options";
export type { ContractViolation } from "./response-validation-error";

/** Every violation of the operation's 200 schema by `body`; [] when it conforms. */
export const validateResponses: ResponseValidator = (operationId, body) =>
  violationsOf(OPERATIONS[operationId].responseSchema, body);
