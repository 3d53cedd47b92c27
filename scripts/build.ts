/**
 * `npm run build` (also run by scripts/prepare.js, on `npm ci` and `npm pack`): compiles what the
 * package ships (client/, server/, the contract checker and generated/) to dist/ with declarations
 * (tsconfig.build.json), then copies generated/flexjob.d.ts, which tsc never emits, so that
 * dist/client/*.d.ts resolve `../generated/flexjob`. The spec's JSON reaches
 * dist/generated/ through the client's import of it.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, rmSync } from "node:fs";
import path from "node:path";

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
  const missing = [
    "client/index.js",
    "client/index.d.ts",
    "generated/flexjob.d.ts",
    "generated/flexjob.openapi.json",
    "server/main.js",
  ].filter((file) => !existsSync(path.join(dist, file)));
  if (missing.length > 0) {
    console.error(`build: dist/ lacks ${missing.join(", ")}`);
    return 1;
  }
  console.log("build: wrote dist/");
  return 0;
}

if (require.main === module) process.exit(build());
