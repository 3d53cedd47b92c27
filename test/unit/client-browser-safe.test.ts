/**
 * The client runs in browsers as well as Node: nothing client/index.ts, client/validate.ts or
 * client/raw.ts reaches (imports, requires, type imports) may name a Node built-in module or use
 * Node-only globals; the default entry names no package at all (neither a validator nor
 * openapi-fetch, which is client/raw's). Reads the sources with
 * TypeScript's import scanner; boots nothing.
 */
import { existsSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "..", "..");
const NODE_GLOBALS = /\b(process\.|Buffer\b|__dirname|__filename|require\.resolve|setImmediate)/;

/** Every file reached from `entry` and every package it names, following relative specifiers. */
function reach(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.includes(file)) continue;
    files.push(file);
    if (file.endsWith(".json")) continue;
    for (const { fileName } of ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles) {
      if (fileName.startsWith(".")) pending.push(resolveSource(path.resolve(path.dirname(file), fileName)));
      else packages.add(fileName);
    }
  }
  return { files, packages };
}

function resolveSource(base: string): string {
  // The generated validators are JavaScript beside their .d.ts: the code is what runs.
  const found = [`${base}.ts`, `${base}.js`, `${base}.d.ts`, base].find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`cannot resolve ${base}`);
  return found;
}

describe.each([
  {
    entry: "index.ts",
    reaches: [path.join("client", "retrying-fetch.ts"), path.join("generated", "contract.ts")],
    packages: [],
  },
  {
    entry: "validate.ts",
    reaches: [path.join("generated", "validators.js"), path.join("generated", "contract.ts")],
    packages: [],
  },
  {
    entry: "raw.ts",
    reaches: [path.join("client", "retrying-fetch.ts"), path.join("client", "identity.ts")],
    packages: ["openapi-fetch"],
  },
])("client/$entry", ({ entry, reaches, packages: expected }) => {
  const { files, packages } = reach(path.join(ROOT, "client", entry));

  it("reaches the modules it imports (the scan follows imports)", () => {
    expect(files).toEqual(expect.arrayContaining(reaches.map((file) => path.join(ROOT, file))));
  });

  it("names no Node built-in module, only browser-safe packages", () => {
    const builtins = [...packages].filter(
      (name) => name.startsWith("node:") || builtinModules.includes(name.split("/")[0]!),
    );
    expect(builtins).toEqual([]);
    expect([...packages].sort()).toEqual(expected);
  });

  it("uses no Node-only global", () => {
    const offending = files.filter((file) => !file.endsWith(".json") && NODE_GLOBALS.test(readFileSync(file, "utf8")));
    expect(offending.map((file) => path.relative(ROOT, file))).toEqual([]);
  });
});
