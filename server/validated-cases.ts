/**
 * Case files the build has already validated against this very spec: `npm run build` records the
 * SHA-256 of (spec text, case file text) of every bundled case that passes, in
 * dist/server/validated-cases.json, so a start from dist/ need not compile the case validators
 * for them. Editing the spec or a case changes its digest, and that file is validated at load as
 * before; without the record (tsx, `npm run dev`) every file is.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const RECORD_NAME = "validated-cases.json";

export function caseDigest(specText: string, caseText: string): string {
  return createHash("sha256").update(specText).update("\0").update(caseText).digest("hex");
}

let known: ReadonlySet<string> | undefined;

/** Whether the build found the case with this digest valid. */
export function validatedByBuild(digest: string): boolean {
  known ??= readRecord(path.join(__dirname, RECORD_NAME));
  return known.has(digest);
}

/** Writes the record into `dir` (dist/server/); used by the build only. */
export function recordValidated(dir: string, digests: readonly string[]): void {
  writeFileSync(path.join(dir, RECORD_NAME), JSON.stringify([...digests].sort(), null, 2) + "\n");
}

function readRecord(file: string): ReadonlySet<string> {
  try {
    return new Set(JSON.parse(readFileSync(file, "utf8")) as string[]);
  } catch {
    return new Set();
  }
}
