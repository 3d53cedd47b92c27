/**
 * The layers import one way (docs/development.md, "Layout"): core/ is framework-free and imports
 * only generated/ (a Node built-in at most for a type); msw/ imports core/, generated/ and msw;
 * server/, client/ and msw/ never import each other, and checker/ none but client/.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");

interface Imported {
  file: string;
  specifier: string;
  /** `import type` / `export type`: gone at run time. */
  typeOnly: boolean;
  /** The top folder a relative specifier reaches, e.g. "generated"; undefined for a package. */
  layer?: string;
}

function importsOf(layer: string): Imported[] {
  const files = (readdirSync(path.join(ROOT, layer), { recursive: true }) as string[]).filter((f) => f.endsWith(".ts"));
  return files.flatMap((name) => {
    const file = path.join(layer, name);
    const text = readFileSync(path.join(ROOT, file), "utf8");
    const found: Imported[] = [];
    const statements = /^\s*(?:import|export)\s+(type\s+)?(?:[^;]*?\s+from\s+)?"([^"]+)"/gm;
    const requires = /require\("([^"]+)"\)/g;
    for (const m of text.matchAll(statements)) found.push({ file, specifier: m[2]!, typeOnly: m[1] !== undefined });
    for (const m of text.matchAll(requires)) found.push({ file, specifier: m[1]!, typeOnly: false });
    return found.map((imported) => {
      if (!imported.specifier.startsWith(".")) return imported;
      const target = path.relative(ROOT, path.resolve(ROOT, path.dirname(file), imported.specifier));
      return { ...imported, layer: target.split(path.sep)[0] };
    });
  });
}

describe("core/", () => {
  const imports = importsOf("core");

  it("imports only itself and generated/", () => {
    expect(imports.filter((i) => i.layer !== undefined && !["core", "generated"].includes(i.layer))).toEqual([]);
  });

  it("imports no package, and a Node built-in for a type only (it runs in browsers)", () => {
    expect(imports.filter((i) => i.layer === undefined && !(i.typeOnly && i.specifier.startsWith("node:")))).toEqual(
      [],
    );
  });
});

describe("msw/", () => {
  it("imports only itself, core/, generated/ and msw", () => {
    const imports = importsOf("msw");
    const allowed = (i: Imported) =>
      i.layer === undefined ? i.specifier === "msw" : ["msw", "core", "generated"].includes(i.layer);
    expect(imports.filter((i) => !allowed(i))).toEqual([]);
  });
});

/** What each layer must not import (the checker may use the client, a product built on it). */
const FORBIDDEN: Record<string, string[]> = {
  server: ["client", "msw", "checker"],
  client: ["server", "msw", "checker"],
  msw: ["server", "client", "checker"],
  checker: ["server", "msw"],
};

describe.each(Object.entries(FORBIDDEN))("%s/", (layer, forbidden) => {
  it(`imports none of ${forbidden.join(", ")}`, () => {
    expect(importsOf(layer).filter((i) => i.layer !== undefined && forbidden.includes(i.layer))).toEqual([]);
  });
});
