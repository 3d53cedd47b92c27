/**
 * Wall times reported beside the table, with no goal: the contract checker's full run against a
 * freshly started reference server, and `npm test`.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { launch, stop } from "./launch";

const ROOT = path.resolve(__dirname, "..", "..");

/** The contract checker (its bin, every check) against the compiled reference server. */
export async function timeChecker(core: number | undefined): Promise<string> {
  const server = await launch(
    (port) => [path.join(ROOT, "bin", "flexjob-reference-server.js"), "--port", String(port), "--log-level", "warn"],
    core,
  );
  try {
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin", "flexjob-contract-check.js"), "--base-url", server.url],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    const seconds = (performance.now() - started) / 1000;
    return `contract checker, full run against the reference server: ${seconds.toFixed(1)} s (exit ${run.status})`;
  } finally {
    await stop(server.child);
  }
}

/** `npm test` on every core (undoing the load generator's pinning), output discarded. */
export function timeTests(cores: number | undefined): string {
  const command = cores === undefined ? ["npm", "test"] : ["taskset", "-c", `0-${cores - 1}`, "npm", "test"];
  const started = performance.now();
  const run = spawnSync(command[0]!, command.slice(1), { cwd: ROOT, stdio: "ignore" });
  const seconds = (performance.now() - started) / 1000;
  return `npm test: ${seconds.toFixed(0)} s (exit ${run.status})`;
}
