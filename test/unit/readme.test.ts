/**
 * The README's client example is test/readme/usage.ts (which the typecheck compiles and the pack
 * test runs against the packed package); this keeps the two from drifting apart.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const example = readFileSync(path.join(root, "test/readme/usage.ts"), "utf8");

/** The file from its import on, with the import as a consumer writes it. */
function asConsumerWritesIt(source: string): string {
  const fromImport = source.slice(source.search(/^import /m));
  return fromImport.replace(/from "\.\.\/\.\.\/client";.*\n/, 'from "flexjob-contract/client";\n');
}

describe("README", () => {
  it("shows test/readme/usage.ts as its client example, as a consumer imports it", () => {
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks).toContain(asConsumerWritesIt(example));
  });
});
