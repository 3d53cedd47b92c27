/**
 * The modules a package ships: the closure of its entry modules over relative imports in the
 * compiled JavaScript (`require("./...")`, as tsc emits CommonJS, and `import ... from "./..."` in
 * the ES modules) and, for packages with types, in the declarations (.d.ts, and .d.mts beside an
 * .mjs). Also the bare imports of a compiled file, which its package must declare.
 * TypeScript's own import scanner reads the files, so that a `require("...")` inside a string
 * (ajv's helpers carry some) is not taken for one.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import ts from "typescript";

function specifiers(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return importedFiles.map((imported) => imported.fileName);
}

function resolveRelative(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = /\.d\.m?ts$/.test(from)
    ? [`${base}.d.ts`, base.replace(/\.js$/, ".d.ts"), path.join(base, "index.d.ts")]
    : [`${base}.js`, base, path.join(base, "index.js")];
  // A folder's door is its index file: the folder itself is no candidate.
  const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  if (!found) throw new Error(`${from}: cannot resolve ${specifier}`);
  return found;
}

/** Absolute paths of the entries and every file they reach, sorted. */
export function moduleClosure(entries: readonly string[], declarations: boolean): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    if (file.endsWith(".json")) return;
    const declaration = file.replace(/\.js$/, ".d.ts").replace(/\.mjs$/, ".d.mts");
    if (declarations && /\.m?js$/.test(file) && existsSync(declaration)) visit(declaration);
    for (const specifier of specifiers(file)) {
      if (specifier.startsWith(".")) visit(resolveRelative(file, specifier));
    }
  };
  entries.forEach(visit);
  return [...seen].sort();
}

/** "express" for "express", "@scope/name" for "@scope/name/sub", "ajv" for "ajv/dist/x". */
export function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

/** The packages a compiled file (.js or .d.ts) imports by name, Node's built-ins left out. */
export function bareImports(file: string): string[] {
  const names = specifiers(file)
    .filter((specifier) => !specifier.startsWith(".") && !specifier.startsWith("node:"))
    .map(packageOf)
    .filter((name) => !builtinModules.includes(name));
  return [...new Set(names)].sort();
}
