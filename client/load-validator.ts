/**
 * Loads the response validator (ajv, ajv-formats and the spec as JSON) only when a client with
 * `validateResponses: true` first needs it, so the default path never evaluates them.
 *
 * Why a lazy `require` and not `import()`: the package compiles to CommonJS, where tsc keeps
 * `import()` as a real ES import that jest's CommonJS runtime cannot run. A `require` inside a
 * function runs only when called in Node, and bundlers (webpack, esbuild, Vite, Rollup's commonjs
 * plugin) resolve its literal path statically, so it also works in browsers; there ajv is in the
 * bundle but evaluated only on first use. Note that ajv compiles with `new Function`, which a
 * Content-Security-Policy without 'unsafe-eval' forbids: keep validation for Node or development.
 */
import type { ContractViolation } from "./response-validation-error";
import type { OperationId } from "./types";

type FindViolations = (operationId: OperationId, body: unknown) => ContractViolation[];

let findViolations: FindViolations | undefined;

export function loadValidator(): FindViolations {
  // A lazy require keeps ajv and the spec unevaluated until validation is asked for.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  findViolations ??= (require("./response-validator") as typeof import("./response-validator")).findViolations;
  return findViolations;
}
