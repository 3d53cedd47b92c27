/**
 * `npm run check:packages`: packs the three packages from the build under packages/ (as
 * `npm pack -w <name>` does for a user) and runs @arethetypeswrong/cli on each tarball with its
 * strictest profile: every entry point must resolve, with types of the right module format, under
 * node10, node16 from CommonJS, node16 from ES modules and bundler resolution. Exits 1 when any
 * package has a problem. flexjob-contract's `./spec.yaml` and `./openapi.json` are files, not
 * modules: attw cannot resolve a YAML file, nor node10 any subpath, so they are left out.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PACKAGE_LAYOUTS } from "./build/package-layouts";

const root = path.resolve(__dirname, "..");
const NOT_MODULES: Record<string, string[]> = { "flexjob-contract": ["./spec.yaml", "./openapi.json"] };

export function checkPackageTypes(): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), "flexjob-attw-"));
  try {
    const names = PACKAGE_LAYOUTS.map((layout) => layout.name);
    const args = ["pack", ...names.flatMap((name) => ["-w", name]), "--pack-destination", dir, "--json"];
    const packed = JSON.parse(execFileSync("npm", args, { cwd: root, encoding: "utf8" })) as { filename: string }[];
    // The bin as its manifest names it (the package exports no path to it).
    const cli = require.resolve("@arethetypeswrong/cli/package.json");
    const { bin } = JSON.parse(readFileSync(cli, "utf8")) as { bin: { attw: string } };
    const attw = path.join(path.dirname(cli), bin.attw);
    let failed = 0;
    names.forEach((name, i) => {
      const excluded = NOT_MODULES[name] ?? [];
      const run = spawnSync(
        process.execPath,
        [
          attw,
          "--pack",
          path.join(dir, packed[i]!.filename),
          "--profile",
          "strict",
          "--format",
          "table-flipped",
          ...(excluded.length > 0 ? ["--exclude-entrypoints", ...excluded] : []),
        ],
        { cwd: root, stdio: "inherit", env: { ...process.env, FORCE_COLOR: "0" } },
      );
      if (run.status !== 0) {
        console.error(`check:packages: ${name} has problems (see above)`);
        failed += 1;
      }
    });
    if (failed === 0) console.log(`check:packages: ${names.join(", ")}: no problems`);
    return failed === 0 ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) process.exit(checkPackageTypes());
