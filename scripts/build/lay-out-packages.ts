/**
 * Fills packages/<name>/ from the build under dist/ and the repository (PACKAGE_LAYOUTS), after
 * removing what an earlier build put there. Only the committed manifest and README stay.
 */
import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { moduleClosure } from "./module-closure";
import { PACKAGE_LAYOUTS, type PackageLayout } from "./package-layouts";

const KEPT = new Set(["package.json", "README.md"]);

function layOut(root: string, layout: PackageLayout): void {
  const dir = path.join(root, "packages", layout.name);
  for (const name of readdirSync(dir)) {
    if (!KEPT.has(name)) rmSync(path.join(dir, name), { recursive: true, force: true });
  }
  const dist = path.join(root, "dist");
  const modules = moduleClosure(
    layout.entries.map((entry) => path.join(dist, entry)),
    layout.declarations,
  ).map((file) => path.relative(root, file));
  for (const file of [...modules, ...layout.copies]) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(path.join(root, file), path.join(dir, file), { recursive: true });
  }
}

export function layOutPackages(root: string): void {
  for (const layout of PACKAGE_LAYOUTS) layOut(root, layout);
}
