/**
 * The examples of README.md and docs/ are files in test/readme/: usage.ts and first-call.ts (which
 * the typecheck compiles and the pack test runs against the packed package), certificate.ts, raw.ts,
 * validate.ts, start-in-process.ts and msw-browser.ts (compiled by the typecheck), sandbox-https.ts
 * (run by test/e2e/sandbox-https-round-trip.test.ts) and sandbox.test.ts and msw-node.test.ts
 * (jest tests of the suite). This
 * keeps each shown where a reader looks for it; test/unit/doc-blocks.test.ts holds every other block.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { asConsumerWritesIt, docBlocks } from "../fixtures/doc-blocks";

const root = path.resolve(__dirname, "../..");

function tsBlocks(file: string): string[] {
  return docBlocks(file)
    .filter((block) => block.lang === "ts")
    .map((block) => block.code);
}

const example = (file: string): string =>
  asConsumerWritesIt(readFileSync(path.join(root, "test", "readme", file), "utf8"));

describe.each([
  { doc: "README.md", shows: ["first-call.ts"] },
  { doc: "docs/client.md", shows: ["usage.ts", "raw.ts", "certificate.ts", "validate.ts", "sandbox.test.ts"] },
  { doc: "docs/https-and-redis.md", shows: ["sandbox-https.ts"] },
  { doc: "docs/sandbox-control.md", shows: ["start-in-process.ts"] },
  { doc: "docs/front-end.md", shows: ["msw-node.test.ts", "msw-browser.ts"] },
])("$doc", ({ doc, shows }) => {
  it.each(shows)("shows test/readme/%s, as a consumer imports it", (file) => {
    expect(tsBlocks(doc)).toContain(example(file));
  });
});

describe("README.md", () => {
  it("links each guide of docs/", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    for (const guide of [
      "server",
      "client",
      "checker",
      "contract",
      "development",
      "packages",
      "https-and-redis",
      "front-end",
    ])
      expect(readme).toContain(`](docs/${guide}.md`);
  });
});
