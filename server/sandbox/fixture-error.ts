import type { Violation } from "../../generated/contract";

/** A case file (or directory) that cannot be served, with every violation found in it. */
export interface BadCaseFile {
  file: string;
  violations: readonly Violation[];
}

/**
 * Case files that cannot be served: names each bad file and, per violation, the JSON pointer and
 * the broken rule. One error holds every bad file found in one pass, so one run reports them all.
 */
export class FixtureError extends Error {
  override readonly name = "FixtureError";

  constructor(readonly files: readonly BadCaseFile[]) {
    super(files.map(describe).join("\n"));
  }
}

function describe({ file, violations }: BadCaseFile): string {
  const lines = violations.map((v) => `  at ${v.pointer === "" ? "/" : v.pointer}: ${v.message} (${v.rule})`);
  return `cannot serve ${file}:\n${lines.join("\n")}`;
}
