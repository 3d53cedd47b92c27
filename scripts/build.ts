/**
 * `npm run build` (also run by scripts/prepare.js, on `npm ci` and `npm pack`): compiles what the
 * package ships (client/, server/, the contract checker and generated/) to dist/ with declarations
 * (tsconfig.build.json), then copies generated/flexjob.d.ts, which tsc never emits, so that
 * dist/client/*.d.ts resolve `../generated/flexjob`. The spec's JSON reaches
 * dist/generated/ through the client's import of it. Last, it validates the bundled sandbox cases
 * (a bad one fails the build) and records them in dist/server/validated-cases.json, so that the
 * built server need not compile the case validators at each start.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { loadCaseBook, sandboxDir } from "../server/case-book";
import { FixtureError } from "../server/fixture-error";
import { loadSpec } from "../server/spec";
import { caseDigest, recordValidated } from "../server/validated-cases";

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");

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
  copyFileSync(path.join(root, "generated", "flexjob.d.ts"), path.join(dist, "generated", "flexjob.d.ts"));
  try {
    recordSandbox();
  } catch (error) {
    if (!(error instanceof FixtureError)) throw error;
    console.error(`build: a bundled sandbox case breaks the spec: ${error.message}`);
    return 1;
  }
  const missing = [
    "client/index.js",
    "client/index.d.ts",
    "generated/flexjob.d.ts",
    "generated/flexjob.openapi.json",
    "server/main.js",
    "server/validated-cases.json",
  ].filter((file) => !existsSync(path.join(dist, file)));
  if (missing.length > 0) {
    console.error(`build: dist/ lacks ${missing.join(", ")}`);
    return 1;
  }
  console.log("build: wrote dist/");
  return 0;
}

/** Throws a FixtureError naming the file and the rule if a bundled case breaks the spec. */
function recordSandbox(): void {
  const dir = sandboxDir();
  loadCaseBook([dir]);
  const specText = loadSpec().yamlText;
  const digests = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => caseDigest(specText, readFileSync(path.join(dir, name), "utf8")));
  recordValidated(path.join(dist, "server"), digests);
}

if (require.main === module) process.exit(build());
