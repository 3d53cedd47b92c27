import type { Violation } from "../generated/contract";

/** A case file that cannot be served: names the file and, per violation, the JSON pointer and the broken rule. */
export class FixtureError extends Error {
  override readonly name = "FixtureError";

  constructor(
    readonly file: string,
    readonly violations: readonly Violation[],
  ) {
    const lines = violations.map((v) => `  at ${v.pointer === "" ? "/" : v.pointer}: ${v.message} (${v.rule})`);
    super(`cannot serve ${file}:\n${lines.join("\n")}`);
  }
}
