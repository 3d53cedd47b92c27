/**
 * The published packages' manifests (packages/<name>/package.json) held to their build: every
 * package a shipped module imports by name is declared, every declared dependency is imported,
 * ranges are carets (the root package-lock.json pins them), and all share one version. Reads the
 * build under packages/, which `npm ci` (the prepare script) and `npm run build` write.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { bareImports, moduleClosure } from "../../scripts/build/module-closure";
import { PACKAGE_LAYOUTS } from "../../scripts/build/package-layouts";

const ROOT = path.resolve(__dirname, "..", "..");

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const read = (file: string): Manifest => JSON.parse(readFileSync(file, "utf8")) as Manifest;

/** The package's shipped modules: its entries' closure and its bins. */
function shippedModules(name: string): string[] {
  const layout = PACKAGE_LAYOUTS.find((l) => l.name === name)!;
  const dir = path.join(ROOT, "packages", name);
  const entries = layout.entries.map((entry) => path.join(dir, "dist", entry));
  const missing = entries.find((entry) => !existsSync(entry));
  if (missing) throw new Error(`${missing} is missing: run \`npm run build\``);
  const bins = layout.copies.filter((file) => file.startsWith("bin/")).map((file) => path.join(dir, file));
  return [...moduleClosure(entries, layout.declarations), ...bins];
}

function importsOf(files: string[]): string[] {
  return [...new Set(files.flatMap(bareImports))].sort();
}

describe.each(PACKAGE_LAYOUTS.map((layout) => layout.name))("packages/%s", (name) => {
  const manifest = read(path.join(ROOT, "packages", name, "package.json"));
  const dependencies = Object.keys(manifest.dependencies ?? {}).sort();
  const peers = Object.keys(manifest.peerDependencies ?? {});

  it("declares every package its compiled JavaScript requires, and no other but the types its declarations need", () => {
    const files = shippedModules(name).filter((file) => file.endsWith(".js"));
    // A declaration that imports express needs @types/express in the consumer's tree: a dependency
    // no JavaScript requires.
    const typings = importsOf(shippedModules(name).filter((file) => file.endsWith(".d.ts")))
      .map((imported) => `@types/${imported}`)
      .filter((typing) => dependencies.includes(typing));
    // An optional peer (msw for flexjob-contract/msw) is imported by the modules that need it only.
    const imported = importsOf(files).filter((name) => !peers.includes(name));
    expect([...imported, ...typings].sort()).toEqual(dependencies);
  });

  it("declares every package its declarations import, as a dependency or a peer", () => {
    const files = shippedModules(name).filter((file) => file.endsWith(".d.ts"));
    const undeclared = importsOf(files).filter(
      (imported) => !dependencies.includes(imported) && !peers.includes(imported),
    );
    expect(undeclared).toEqual([]);
  });

  it("gives its dependencies caret ranges, pinned by the root lockfile", () => {
    const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
      packages: Record<string, { version?: string; dependencies?: Record<string, string> }>;
    };
    for (const [dependency, range] of Object.entries(manifest.dependencies ?? {})) {
      expect([dependency, range]).toEqual([dependency, expect.stringMatching(/^\^\d+\.\d+\.\d+$/)]);
      const locked = lock.packages[`node_modules/${dependency}`]?.version;
      expect([dependency, locked]).toEqual([dependency, range.slice(1)]);
    }
    expect(lock.packages[`packages/${name}`]?.dependencies).toEqual(manifest.dependencies);
  });

  it("has the workspace's version", () => {
    expect(manifest.version).toBe(read(path.join(ROOT, "package.json")).version);
  });
});

describe("the root package.json", () => {
  it("is a private workspace root without dependencies of its own, which npm never publishes", () => {
    const root = read(path.join(ROOT, "package.json"));
    expect({ private: root.private, dependencies: root.dependencies }).toEqual({
      private: true,
      dependencies: undefined,
    });
  });
});
