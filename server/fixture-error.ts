/** Case files that cannot be served: names each file, the JSON pointer and the broken rule. */
export interface FixtureViolation {
  /** JSON pointer into the file's body ("" for the whole body or the file itself). */
  pointer: string;
  rule: string;
}

export interface BadCaseFile {
  file: string;
  violations: readonly FixtureViolation[];
}

/** Every bad case file (or directory) found in one pass, so that one run reports them all. */
export class FixtureError extends Error {
  override readonly name = "FixtureError";

  constructor(readonly files: readonly BadCaseFile[]) {
    super(files.map(describe).join("\n"));
  }
}

function describe({ file, violations }: BadCaseFile): string {
  const lines = violations.map((v) => `  at ${v.pointer === "" ? "/" : v.pointer}: ${v.rule}`);
  return `cannot serve ${file}:\n${lines.join("\n")}`;
}
