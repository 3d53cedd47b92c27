/**
 * The cases the server answers from: one complete response body per JSON file, validated against
 * the spec once, at load. Later directories replace bodies of earlier ones with the same
 * (operation, caseElementIdentifier) and add the rest.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { components } from "../generated/flexjob";
import { readCaseFileText } from "./case-file";
import { encodeOnce } from "./encoded-bodies";
import { FixtureError, type BadCaseFile } from "./fixture-error";
import { loadSpec } from "./spec";
import { caseViolations, WRAPPER_KEYS, type CaseOperation } from "./fixture-schemas";

type OfferResponse = components["schemas"]["FlexjobOfferResponse"];
type AllocationResponse = components["schemas"]["FlexjobAllocationResponse"];

export interface CaseBook {
  GetFlexjob: ReadonlyMap<string, OfferResponse>;
  GetFlexjobAllocation: ReadonlyMap<string, AllocationResponse>;
}

/**
 * The bundled sandbox cases: server/sandbox beside spec/, so that the same files are found from
 * server/ (tsx) and from dist/server/ (built) without copying them into the build.
 */
export function sandboxDir(): string {
  return path.join(path.dirname(path.dirname(loadSpec().file)), "server", "sandbox");
}

/**
 * Reads every `*.json` file of each directory, in order; throws one FixtureError naming every bad
 * file and directory.
 */
export function loadCaseBook(dirs: readonly string[]): CaseBook {
  const book = {
    GetFlexjob: new Map<string, OfferResponse>(),
    GetFlexjobAllocation: new Map<string, AllocationResponse>(),
  };
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
      book[operation].set(id, encodeOnce(body as OfferResponse & AllocationResponse));
    }
  }
  if (bad.length > 0) throw new FixtureError(bad);
  return book;
}

function caseFiles(dir: string, bad: BadCaseFile[]): string[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error("not a directory");
    names = readdirSync(dir);
  } catch {
    bad.push({ file: dir, violations: [{ pointer: "", rule: "must be a readable directory of case files (*.json)" }] });
    return [];
  }
  return names
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => path.join(dir, name));
}

type ReadCase = { operation: CaseOperation; id: string; body: unknown } | BadCaseFile;

function readCaseFile(file: string): ReadCase {
  const read = readCaseFileText(file);
  if ("rule" in read) return { file, violations: [{ pointer: "", rule: read.rule }] };
  let body: unknown;
  try {
    body = JSON.parse(read.text);
  } catch (error) {
    return { file, violations: [{ pointer: "", rule: `must be well-formed JSON (${(error as Error).message})` }] };
  }
  const operation = operationOf(body);
  if (!operation) {
    const rule = `must be a FlexjobOfferResponse { "${WRAPPER_KEYS.GetFlexjob}": ... } or a FlexjobAllocationResponse { "${WRAPPER_KEYS.GetFlexjobAllocation}": ... }`;
    return { file, violations: [{ pointer: "", rule }] };
  }
  const violations = caseViolations(operation, body);
  if (violations.length > 0) return { file, violations };
  // Valid against the response schema, so the wrapper holds a uuid caseElementIdentifier.
  const inner = (body as Record<string, { caseElementIdentifier: string }>)[WRAPPER_KEYS[operation]];
  return { operation, id: inner!.caseElementIdentifier.toLowerCase(), body };
}

function operationOf(body: unknown): CaseOperation | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  if (WRAPPER_KEYS.GetFlexjob in body) return "GetFlexjob";
  if (WRAPPER_KEYS.GetFlexjobAllocation in body) return "GetFlexjobAllocation";
  return undefined;
}

function duplicate(file: string, operation: CaseOperation, twin: string): BadCaseFile {
  const pointer = `/${WRAPPER_KEYS[operation]}/caseElementIdentifier`;
  return { file, violations: [{ pointer, rule: `must be unique per operation within a directory (also in ${twin})` }] };
}
