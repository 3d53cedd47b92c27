/**
 * No import circle inside a source folder: a file's relative imports (type-only ones included, as
 * TypeScript's own preProcessFile reads them, lazy `require`s too) never lead back to it. A circle
 * between files usually means a lower file is missing: a shared type or constant both need.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "..", "..");

/** The folders held to it. */
const DIRS = ["server", "client", "checker", "scripts"];

/**
 * Imports into another folder of server/ that pass by its door (index.ts), each with its reason:
 * the Redis files are loaded on demand (a start without --redis never loads node-redis), and the
 * certificate maker's bin reads the version without loading the server.
 */
const PAST_THE_DOOR: Record<string, string> = {
  "server/sandbox/optional-modules.ts -> server/stores/redis-connection.ts": "loaded on demand",
  "server/sandbox/optional-modules.ts -> server/stores/redis-request-id-store.ts": "loaded on demand",
  "server/sandbox-certs/cli.ts -> server/config/package-version.ts": "a bin of its own",
};

const SOURCE = /\.(?:ts|mts|cts|js|cjs|mjs)$/;
const RESOLVED = ["", ".ts", ".mts", ".cts", ".js", ".cjs", ".mjs", "/index.ts", "/index.js"];

function sourceFiles(dir: string): string[] {
  return (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
    .map((file) => path.join(dir, file))
    .filter((file) => SOURCE.test(file) && !file.endsWith(".d.ts"))
    .sort();
}

/** The files of `files` that `file` imports by a relative specifier. */
function importsOf(file: string, files: ReadonlySet<string>): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(path.join(ROOT, file), "utf8"), true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((name) => name.startsWith("./") || name.startsWith("../"))
    .flatMap((name) => {
      const base = path.join(path.dirname(file), name);
      const target = RESOLVED.map((ending) => base + ending).find((candidate) => isFile(candidate));
      return target !== undefined && files.has(target) ? [target] : [];
    });
}

function isFile(file: string): boolean {
  try {
    return statSync(path.join(ROOT, file)).isFile();
  } catch {
    return false;
  }
}

interface Circle {
  /** Every file on a circle with the others (a strongly connected component), sorted. */
  files: string[];
  /** One circle among them, from the first file back to it. */
  example: string[];
}

/** The files importing each other in a circle, one entry per set of them (Tarjan's components). */
function circles(graph: ReadonlyMap<string, readonly string[]>): Circle[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: Circle[] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component = stack.splice(stack.indexOf(file));
    if (component.length > 1 || (graph.get(file) ?? []).includes(file))
      found.push({ files: component.sort(), example: pathThrough(graph, component) });
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

/** One circle through the component's first file, by a breadth-first search back to it. */
function pathThrough(graph: ReadonlyMap<string, readonly string[]>, component: readonly string[]): string[] {
  const members = new Set(component);
  const start = component[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const next of graph.get(file) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const route = [file];
        while (route[0] !== start) route.unshift(cameFrom.get(route[0]!)!);
        return [...route, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return [...component, start];
}

function importGraph(dir: string): Map<string, string[]> {
  const files = sourceFiles(dir);
  const known = new Set(files);
  return new Map(files.map((file) => [file, importsOf(file, known)]));
}

describe("the import graph", () => {
  it("is read from every relative import, type-only ones included", () => {
    const graph = importGraph("checker");
    expect(graph.get(path.join("checker", "cli.ts"))).toEqual(expect.arrayContaining([path.join("checker", "run.ts")]));
    expect(graph.size).toBeGreaterThan(20);
    const small = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts", "a.ts"]],
      ["c.ts", ["a.ts"]],
      ["d.ts", ["a.ts"]],
    ]);
    expect(circles(small)).toEqual([{ files: ["a.ts", "b.ts", "c.ts"], example: ["a.ts", "b.ts", "a.ts"] }]);
  });

  describe("of server/'s folders", () => {
    it("enters another folder only by its door, index.ts, but where a reason says otherwise", () => {
      const folderOf = (file: string): string | undefined => file.split(path.sep).slice(0, -1).slice(0, 2).join("/");
      const past = [...importGraph("server")].flatMap(([file, imported]) =>
        imported
          .filter((target) => folderOf(target) !== folderOf(file) && folderOf(target) !== "server")
          .filter((target) => path.basename(target) !== "index.ts")
          .map((target) => `${file.split(path.sep).join("/")} -> ${target.split(path.sep).join("/")}`),
      );
      expect(past.filter((edge) => !(edge in PAST_THE_DOOR))).toEqual([]);
      expect(Object.keys(PAST_THE_DOOR).filter((edge) => !past.includes(edge))).toEqual([]);
    });
  });

  describe.each(DIRS)("of %s/", (dir) => {
    it("has no circle", () => {
      const found = circles(importGraph(dir)).map(
        ({ files, example }) => `${files.join(", ")} import each other (e.g. ${example.join(" → ")})`,
      );
      expect(found).toEqual([]);
    });
  });
});
