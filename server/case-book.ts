/**
 * The cases the server answers from: one complete response body per JSON file, validated against
 * the spec once, at load. Later directories replace bodies of earlier ones with the same
 * (operation, caseElementIdentifier) and add the rest.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { components } from "../generated/flexjob";
import { FixtureError, type FixtureViolation } from "./fixture-error";
import { loadSpec } from "./spec";
import { caseViolations, WRAPPER_KEYS, type CaseOperation } from "./fixture-schemas";

type OfferResponse = components["schemas"]["FlexjobOfferResponse"];
type AllocationResponse = components["schemas"]["FlexjobAllocationResponse"];

export interface CaseBook {
  GetFlexjob: ReadonlyMap<string, OfferResponse>;
  GetFlexjobAllocation: ReadonlyMap<string, AllocationResponse>;
}

/** Where the handlers look a case up (by lowercased id): a CaseBook, or one with run-time cases over it. */
export interface CaseSource {
  GetFlexjob: CaseLookup<OfferResponse>;
  GetFlexjobAllocation: CaseLookup<AllocationResponse>;
}

export interface CaseLookup<B> {
  get(id: string): B | undefined | Promise<B | undefined>;
}

/**
 * The bundled sandbox cases: server/sandbox beside spec/, so that the same files are found from
 * server/ (tsx) and from dist/server/ (built) without copying them into the build.
 */
export function sandboxDir(): string {
  return path.join(path.dirname(path.dirname(loadSpec().file)), "server", "sandbox");
}

/** Reads every `*.json` file of each directory, in order; throws a FixtureError on the first bad one. */
export function loadCaseBook(dirs: readonly string[]): CaseBook {
  const book = {
    GetFlexjob: new Map<string, OfferResponse>(),
    GetFlexjobAllocation: new Map<string, AllocationResponse>(),
  };
  for (const dir of dirs) {
    const seen = new Map<string, string>();
    for (const file of caseFiles(dir)) {
      const { operation, id, body } = readCaseFile(file);
      const key = `${operation} ${id}`;
      const twin = seen.get(key);
      if (twin) throw duplicate(file, operation, twin);
      seen.set(key, file);
      book[operation].set(id, body as OfferResponse & AllocationResponse);
    }
  }
  return book;
}

function caseFiles(dir: string): string[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error("not a directory");
    names = readdirSync(dir);
  } catch {
    throw new FixtureError(dir, [{ pointer: "", rule: "must be a readable directory of case files (*.json)" }]);
  }
  return names
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => path.join(dir, name));
}

function readCaseFile(file: string): { operation: CaseOperation; id: string; body: unknown } {
  let body: unknown;
  try {
    body = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new FixtureError(file, [{ pointer: "", rule: `must be well-formed JSON (${(error as Error).message})` }]);
  }
  const found = caseOf(body);
  if (Array.isArray(found)) throw new FixtureError(file, found);
  return { ...found, body };
}

/**
 * The operation and lowercased caseElementIdentifier of a case body (a case file's content), or
 * every way it breaks the rules of a case file.
 */
export function caseOf(body: unknown): { operation: CaseOperation; id: string } | FixtureViolation[] {
  const operation = operationOf(body);
  if (!operation) {
    const rule = `must be a FlexjobOfferResponse { "${WRAPPER_KEYS.GetFlexjob}": ... } or a FlexjobAllocationResponse { "${WRAPPER_KEYS.GetFlexjobAllocation}": ... }`;
    return [{ pointer: "", rule }];
  }
  const violations = caseViolations(operation, body);
  if (violations.length > 0) return violations;
  // Valid against the response schema, so the wrapper holds a uuid caseElementIdentifier.
  const inner = (body as Record<string, { caseElementIdentifier: string }>)[WRAPPER_KEYS[operation]];
  return { operation, id: inner!.caseElementIdentifier.toLowerCase() };
}

function operationOf(body: unknown): CaseOperation | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  if (WRAPPER_KEYS.GetFlexjob in body) return "GetFlexjob";
  if (WRAPPER_KEYS.GetFlexjobAllocation in body) return "GetFlexjobAllocation";
  return undefined;
}

function duplicate(file: string, operation: CaseOperation, twin: string): FixtureError {
  const pointer = `/${WRAPPER_KEYS[operation]}/caseElementIdentifier`;
  return new FixtureError(file, [
    { pointer, rule: `must be unique per operation within a directory (also in ${twin})` },
  ]);
}
