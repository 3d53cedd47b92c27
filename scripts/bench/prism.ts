/**
 * Prism, the comparison, installed on demand into a cache directory outside the project's
 * dependencies (`npm install --prefix`), so that the project never depends on it.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const PRISM_VERSION = "5.14.2";

const CACHE = path.join(
  process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), ".cache"),
  "flexjob-contract",
  `prism-${PRISM_VERSION}`,
);
const CLI = path.join(CACHE, "node_modules", "@stoplight", "prism-cli", "dist", "index.js");

/** The Prism CLI script, installing it first when needed; a reason instead when it cannot be had. */
export function prismCli(): { cli: string } | { skipped: string } {
  if (existsSync(CLI)) return { cli: CLI };
  console.log(`bench: installing Prism ${PRISM_VERSION} into ${CACHE} (once)`);
  const install = spawnSync(
    "npm",
    ["install", "--prefix", CACHE, "--no-audit", "--no-fund", "--save-exact", `@stoplight/prism-cli@${PRISM_VERSION}`],
    { encoding: "utf8", timeout: 300_000 },
  );
  if (install.status === 0 && existsSync(CLI)) return { cli: CLI };
  const lines = `${install.stderr ?? ""}\n${install.stdout ?? ""}`.split("\n").filter((line) => line.trim());
  const why =
    install.error?.message ??
    lines.find((line) => line.includes("ERR!")) ??
    `npm ended with ${install.status ?? install.signal}`;
  return { skipped: `Prism ${PRISM_VERSION} could not be installed into ${CACHE}: ${why}` };
}
