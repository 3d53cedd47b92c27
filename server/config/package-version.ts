/**
 * The version the bins print for --version: that of the nearest package.json at or above this
 * file, so that it is this package's from server/ (tsx) and from dist/server/ (built) alike.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export function packageVersion(startDir: string = __dirname): string {
  for (let dir = path.resolve(startDir); ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
    if (path.dirname(dir) === dir) throw new Error(`package.json not found at or above ${startDir}`);
  }
}
