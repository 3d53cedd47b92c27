/**
 * The cases the server answers from: one complete response body per JSON file, validated against
 * the spec and serialised once, at load, and frozen from
 * then on. Later directories replace bodies of earlier ones with the same (operation,
 * caseElementIdentifier) and add the rest.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { CASE_OPERATIONS, type Violation } from "../../generated/contract";
import { caseOf, type CaseBook } from "../../core";
import { readCaseFileText } from "./case-file";
import { FixtureError, type BadCaseFile } from "./fixture-error";
import { loadSpec } from "../pipeline";
import { WRAPPER_KEYS, type CaseOperation } from "../../core";
import { serialiseOnce } from "../pipeline";

export type { CaseBody, CaseBook, CaseLookup, CaseSource } from "../../core";
export { caseOf } from "../../core";

/**
 * A case file may say where it comes from in this member beside the body's wrapper (a recording
 * through the proxy writes `{ at, upstream, operationId }`); it is not part of the body served.
 */
export const RECORDED_KEY = "$recorded";

/**
 * The bundled sandbox cases: server/sandbox/cases beside spec/, so that the same files are found from
 * server/ (tsx) and from dist/server/ (built) without copying them into the build.
 */
export function sandboxDir(): string {
  return path.join(path.dirname(path.dirname(loadSpec().file)), "server", "sandbox", "cases");
}

/**
 * Reads every `*.json` file of each directory, in order; throws one FixtureError naming every bad
 * file and directory.
 */
export function loadCaseBook(dirs: readonly string[]): CaseBook {
  const book = Object.fromEntries(CASE_OPERATIONS.map((o) => [o, new Map<string, unknown>()])) as Record<
    CaseOperation,
    Map<string, unknown>
  >;
  const bad: BadCaseFile[] = [];
  for (const dir of dirs) {
    const seen = new Map<string, string>();
    for (const file of caseFiles(dir, bad)) {
      const read = readCaseFile(file);
      if ("violations" in read) {
        bad.push(read);
        continue;
      }
      const { operation, id, body } = read;
      const key = `${operation} ${id}`;
      const twin = seen.get(key);
      if (twin) bad.push(duplicate(file, operation, twin));
      seen.set(key, file);
      book[operation].set(id, serialiseOnce(body as object));
    }
  }
  if (bad.length > 0) throw new FixtureError(bad);
  // Every body was validated against its operation's 200 schema when read.
  return book as unknown as CaseBook;
}

function caseFiles(dir: string, bad: BadCaseFile[]): string[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error("not a directory");
    names = readdirSync(dir);
  } catch {
    const message = "must be a readable directory of case files (*.json)";
    bad.push({ file: dir, violations: [{ pointer: "", rule: "case directory", message }] });
    return [];
  }
  return names
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => path.join(dir, name));
}

function readCaseFile(file: string): { operation: CaseOperation; id: string; body: unknown } | BadCaseFile {
  const read = readCaseFileText(file);
  if ("message" in read) return { file, violations: [{ pointer: "", rule: "case file", message: read.message }] };
  let body: unknown;
  try {
    body = JSON.parse(read.text);
  } catch (error) {
    const message = `must be well-formed JSON (${(error as Error).message})`;
    return { file, violations: [{ pointer: "", rule: "application/json", message }] };
  }
  const served = withoutRecording(body);
  if ("violations" in served) return { file, violations: served.violations };
  const found = caseOf(served.body);
  if (Array.isArray(found)) return { file, violations: found };
  return { ...found, body: served.body };
}

/** The body a case file serves: its content without the `$recorded` member, which must be an object. */
function withoutRecording(content: unknown): { body: unknown } | { violations: Violation[] } {
  if (typeof content !== "object" || content === null || !(RECORDED_KEY in content)) return { body: content };
  const { [RECORDED_KEY]: recorded, ...body } = content as Record<string, unknown>;
  if (typeof recorded === "object" && recorded !== null && !Array.isArray(recorded)) return { body };
  const message = "must be an object saying where the case was recorded";
  return { violations: [{ pointer: `/${RECORDED_KEY}`, rule: "recorded case", message }] };
}

function duplicate(file: string, operation: CaseOperation, twin: string): BadCaseFile {
  const pointer = `/${WRAPPER_KEYS[operation]}/caseElementIdentifier`;
  const message = `must be unique per operation within a directory (also in ${twin})`;
  return { file, violations: [{ pointer, rule: "unique case", message }] };
}
