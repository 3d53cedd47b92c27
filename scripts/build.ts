/**
 * `npm run build` (also run by scripts/prepare.js on `npm ci`): compiles what the packages ship
 * (client/, server/, the contract checker and generated/) once to dist/ with declarations
 * (tsconfig.build.json), from which the bins under bin/ run in a checkout; then copies
 * the generated files tsc does not emit: the declaration-only flexjob.d.ts and the precompiled
 * validators (JavaScript with their .d.ts), so that dist/ resolves `../generated/...` as the
 * sources do. The spec's JSON reaches dist/generated/ through the checker's import of it.
 * Redoc's standalone bundle (a dev dependency) is copied to dist/vendor/ with its licence notes,
 * so that the installed package serves /docs without installing Redoc. The second module format
 * follows (scripts/build/module-formats.ts): ES modules for bundlers under dist/esm/ and an ES
 * module wrapper beside each CommonJS entry, for Node's `import`. Last, it lays each
 * published package's files into packages/<name>/ (scripts/build/package-layouts.ts), ready for
 * `npm pack -w <name>`.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { layOutPackages } from "./build/lay-out-packages";
import { compileEsm, writeEsmValidators, writeNodeWrappers } from "./build/module-formats";
import { wrappedEntries } from "./build/package-layouts";

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");

/** Generated files tsc leaves alone: declarations and plain JavaScript. */
const COPIED = ["flexjob.d.ts", "validators.js", "validators.d.ts"];

export function build(): number {
  rmSync(dist, { recursive: true, force: true });
  const tsc = require.resolve("typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build.json")], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) {
    console.error("build: tsc -p tsconfig.build.json failed (see above)");
    return 1;
  }
  for (const file of COPIED) copyFileSync(path.join(root, "generated", file), path.join(dist, "generated", file));
  if (!compileEsm(root)) {
    console.error("build: tsc -p tsconfig.build-esm.json failed (see above)");
    return 1;
  }
  writeEsmValidators(dist);
  writeNodeWrappers(dist, wrappedEntries());
  mkdirSync(path.join(dist, "vendor"));
  for (const file of ["redoc.standalone.js", "redoc.standalone.js.LICENSE.txt"]) {
    copyFileSync(require.resolve(`redoc/bundles/${file}`), path.join(dist, "vendor", file));
  }
  const missing = [
    "client/index.js",
    "client/index.d.ts",
    "client/validate.js",
    "client/validate.d.ts",
    "client/raw.js",
    "client/raw.d.ts",
    "generated/flexjob.d.ts",
    "generated/flexjob.openapi.json",
    "generated/contract.js",
    "generated/contract.d.ts",
    "generated/validators.js",
    "generated/validators.d.ts",
    "server/main.js",
    "server/index.js",
    "server/index.d.ts",
    "vendor/redoc.standalone.js",
  ].filter((file) => !existsSync(path.join(dist, file)));
  if (missing.length > 0) {
    console.error(`build: dist/ lacks ${missing.join(", ")}`);
    return 1;
  }
  layOutPackages(root);
  console.log("build: wrote dist/ and the packages under packages/");
  return 0;
}

if (require.main === module) process.exit(build());
