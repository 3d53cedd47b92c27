/**
 * The examples of README.md and docs/ are files in test/readme/: usage.ts and first-call.ts (which
 * the typecheck compiles and the pack test runs against the packed package), certificate.ts, raw.ts,
 * validate.ts, start-in-process.ts, stub-mount.ts and msw-browser.ts (compiled by the typecheck),
 * sandbox-https.ts (run by test/e2e/sandbox-https-round-trip.test.ts) and sandbox.test.ts and
 * msw-node.test.ts (jest tests of the suite); the sources init-stub writes,
 * server/stub/template/src/ (compiled by the typecheck, run by test/e2e/init-stub.test.ts); and the
 * PostgreSQL example's sources in docs/examples/postgres/ (compiled by the typecheck, run by
 * test/e2e/example-postgres.test.ts). This keeps each shown where a reader looks for it;
 * test/unit/doc-blocks.test.ts holds every other block.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { asConsumerWritesIt, docBlocks, EXAMPLE_SOURCES } from "../fixtures/doc-blocks";

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
  { doc: "docs/server-stubs.md", shows: ["stub-mount.ts"] },
  { doc: "docs/front-end.md", shows: ["msw-node.test.ts", "msw-browser.ts"] },
])("$doc", ({ doc, shows }) => {
  it.each(shows)("shows test/readme/%s, as a consumer imports it", (file) => {
    expect(tsBlocks(doc)).toContain(example(file));
  });
});

describe("docs/server-stubs.md", () => {
  it.each(["handlers.ts", "main.ts"])("shows the src/%s init-stub writes, from its first import on", (file) => {
    const source = readFileSync(path.join(root, "server", "stub", "template", "src", file), "utf8");
    expect(tsBlocks("docs/server-stubs.md")).toContain(asConsumerWritesIt(source));
  });
});

describe("docs/example-postgres.md", () => {
  const sources = ["schema.sql", "handlers.ts", "app.ts", "main.ts"].map((name) => `docs/examples/postgres/${name}`);
  const blocks = docBlocks("docs/example-postgres.md").map((block) => block.code);

  it.each(sources)("shows %s as it is", (file) => {
    expect(blocks).toContain(EXAMPLE_SOURCES.find((source) => source.file === file)?.code);
  });
});

describe("README.md", () => {
  it("links each guide of docs/", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    for (const guide of [
      "server",
      "server-stubs",
      "client",
      "checker",
      "contract",
      "development",
      "packages",
      "https-and-redis",
      "proxy",
      "example-postgres",
      "front-end",
    ])
      expect(readme).toContain(`](docs/${guide}.md`);
  });
});
