/**
 * The README's client examples are test/readme/usage.ts (which the typecheck compiles and the pack
 * test runs against the packed package), test/readme/certificate.ts (compiled by the typecheck) and
 * test/readme/sandbox.test.ts (a jest test of the suite);
 * this keeps each from drifting apart from its README block.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const example = readFileSync(path.join(root, "test/readme/usage.ts"), "utf8");
const certificateExample = readFileSync(path.join(root, "test/readme/certificate.ts"), "utf8");
const httpsGuide = readFileSync(path.join(root, "docs/https-and-redis.md"), "utf8");
const sandboxHttpsExample = readFileSync(path.join(root, "test/readme/sandbox-https.ts"), "utf8");
const sandboxExample = readFileSync(path.join(root, "test/readme/sandbox.test.ts"), "utf8");

/** The file from its import on, with the import as a consumer writes it. */
function asConsumerWritesIt(source: string): string {
  const fromImport = source.slice(source.search(/^import /m));
  return fromImport
    .replace(/from "\.\.\/\.\.\/client";.*\n/, 'from "flexjob-contract/client";\n')
    .replace(/from "\.\.\/\.\.\/client\/node";.*\n/, 'from "flexjob-contract/client/node";\n')
    .replace(/from "\.\.\/\.\.\/server";.*\n/, 'from "flexjob-contract/server";\n');
}

describe("README", () => {
  it("shows test/readme/usage.ts as its client example, as a consumer imports it", () => {
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks).toContain(asConsumerWritesIt(example));
  });

  it("shows test/readme/sandbox.test.ts (run by jest) as its sandbox example, as a consumer imports it", () => {
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks).toContain(asConsumerWritesIt(sandboxExample));
  });

  it("shows test/readme/certificate.ts as its FOCES example, as a consumer imports it", () => {
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks).toContain(asConsumerWritesIt(certificateExample));
  });

  it("links docs/https-and-redis.md, which shows test/readme/sandbox-https.ts as its client example", () => {
    expect(readme).toContain("](docs/https-and-redis.md)");
    const blocks = [...httpsGuide.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks).toContain(asConsumerWritesIt(sandboxHttpsExample));
  });
});
