/**
 * The second module format of the packages. The CommonJS build (dist/, tsconfig.build.json) stays
 * the one Node loads, through `require` and, for `import`, through an ES module wrapper beside each
 * entry (`index.mjs`, with `index.d.mts`) that re-exports the CommonJS module's values: Node then
 * loads one instance of the package whether a program imports it, requires it, or both, so its
 * error classes are the same classes everywhere (no dual package hazard). Bundlers get real ES
 * modules (dist/esm/, tsconfig.build-esm.json) through the `module` condition, which they
 * resolve for `import` and `require` alike, so a bundle holds one instance too and tree-shakes.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";

/** Compiles the ES modules for bundlers into dist/esm/; false when tsc failed. */
export function compileEsm(root: string): boolean {
  const tsc = require.resolve("typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build-esm.json")], {
    cwd: root,
    stdio: "inherit",
  });
  return result.status === 0;
}

/** The names a CommonJS module exports, read by loading it. */
function exportNames(file: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return Object.keys(require(file) as object).sort();
}

/**
 * dist/esm/generated/validators.js: the precompiled validators (CommonJS, as codegen writes them)
 * as an ES module with the same named exports, bundled by esbuild from the CommonJS build's copy.
 */
export function writeEsmValidators(dist: string): void {
  const cjs = path.join(dist, "generated", "validators.js");
  buildSync({
    stdin: {
      contents: `export { ${exportNames(cjs).join(", ")} } from "./validators.js";`,
      resolveDir: path.dirname(cjs),
    },
    bundle: true,
    format: "esm",
    platform: "neutral",
    outfile: path.join(dist, "esm", "generated", "validators.js"),
    logLevel: "warning",
  });
}

/**
 * `<entry>.mjs` and `<entry>.d.mts` beside the CommonJS entry `<entry>.js` under dist/: an ES
 * module that re-exports the CommonJS module's values by name, and its declarations.
 */
export function writeNodeWrappers(dist: string, entries: readonly string[]): void {
  for (const entry of entries) {
    const file = path.join(dist, entry);
    const base = `./${path.basename(entry)}`;
    const names = exportNames(file);
    const wrapper = [
      "// The CommonJS module's values, so that import and require load one instance (scripts/build/module-formats.ts).",
      `import cjs from ${JSON.stringify(base)};`,
      names.length > 0 ? `export const { ${names.join(", ")} } = cjs;` : "export {};",
      "",
    ].join("\n");
    writeFileSync(file.replace(/\.js$/, ".mjs"), wrapper);
    writeFileSync(file.replace(/\.js$/, ".d.mts"), `export * from ${JSON.stringify(base)};\n`);
  }
}
