/**
 * The reference server's sandbox cases, as codegen reads them to show them as the spec's examples
 * of the 200 bodies (spec-examples.ts): one source for the sandbox data and the examples. The
 * folder is named here only; point SANDBOX_CASES_DIR elsewhere when the case files move.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The folder of the sandbox case files, relative to the checkout. */
export const SANDBOX_CASES_DIR = "server/sandbox/cases";

export interface SandboxCase {
  /** The file, relative to the checkout, e.g. `server/sandbox/case-1-offer.json`. */
  file: string;
  /** Its body, parsed: a whole 200 body, under the wrapper of the operation that serves it. */
  body: unknown;
}

export class SandboxCaseError extends Error {
  override readonly name = "SandboxCaseError";
}

/** Every `*.json` file of the folder, sorted by name, parsed; throws naming a folder or file it cannot use. */
export function readSandboxCases(root: string, dir: string = SANDBOX_CASES_DIR): SandboxCase[] {
  let names: string[];
  try {
    names = readdirSync(path.join(root, dir)).filter((name) => name.endsWith(".json"));
  } catch (error) {
    throw new SandboxCaseError(`cannot read the sandbox cases in ${dir}: ${(error as NodeJS.ErrnoException).code}`);
  }
  if (names.length === 0)
    throw new SandboxCaseError(`${dir} holds no sandbox case (*.json); if they moved, repoint SANDBOX_CASES_DIR`);
  return names.sort().map((name) => {
    const file = `${dir}/${name}`;
    try {
      return { file, body: JSON.parse(readFileSync(path.join(root, file), "utf8")) as unknown };
    } catch (error) {
      throw new SandboxCaseError(`${file} is not JSON: ${(error as Error).message}`);
    }
  });
}
