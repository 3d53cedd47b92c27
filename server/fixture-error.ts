/** A case file that cannot be served: names the file, the JSON pointer and the broken rule. */
export interface FixtureViolation {
  /** JSON pointer into the file's body ("" for the whole body). */
  pointer: string;
  rule: string;
}

export class FixtureError extends Error {
  override readonly name = "FixtureError";

  constructor(
    readonly file: string,
    readonly violations: readonly FixtureViolation[],
  ) {
    const lines = violations.map((v) => `  at ${v.pointer === "" ? "/" : v.pointer}: ${v.rule}`);
    super(`cannot serve ${file}:\n${lines.join("\n")}`);
  }
}
