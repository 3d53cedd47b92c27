/**
 * generated/sandbox-cases.ts: the bundled sandbox cases (server/sandbox/cases/*.json) as a module,
 * for code that cannot read files (the MSW handlers in a browser). The case files stay the one
 * source: the server reads them, and `npm run codegen:check` fails when this module differs from
 * them. Files in name order, each body as its file holds it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { SANDBOX_CASES_DIR } from "./sandbox-cases";

export function renderSandboxCases(root: string): string {
  const dir = path.join(root, SANDBOX_CASES_DIR);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort();
  const entries = files.map((file) => {
    const body: unknown = JSON.parse(readFileSync(path.join(dir, file), "utf8").replace(/^\uFEFF/, ""));
    return `  {\n    file: ${JSON.stringify(file)},\n    body: ${JSON.stringify(body)},\n  },`;
  });
  return `/**
 * This file was generated from ${SANDBOX_CASES_DIR}/*.json by \`npm run codegen\`.
 * Do not make direct changes to the file.
 */

import type { components } from "./flexjob";

/** A sandbox case: the 200 body of GetFlexjob (an offer) or GetFlexjobAllocation (a grant). */
export type SandboxCaseBody = components["schemas"]["FlexjobOfferResponse"] | components["schemas"]["FlexjobAllocationResponse"];

/** The bundled sandbox cases, one per file of ${SANDBOX_CASES_DIR}, in file name order. */
export const SANDBOX_CASES: readonly { file: string; body: SandboxCaseBody }[] = [
${entries.join("\n")}
];
`;
}
