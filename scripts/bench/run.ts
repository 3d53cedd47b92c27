/**
 * `npm run bench [-- --runs 2 --seconds 5 --connections 10 --skip-prism --tests --profile DIR --compare DIR]`:
 * the reference server beside a bare node:http server and Prism, each target in its own process
 * (pinned to core 1 by taskset where it exists, the load generator to core 0), under GetFlexjob
 * case 1 (or, for one row, an unknown case) with a fresh x-requestId per request. Prints medians of the runs as a table with ratios
 * against the bare server of the same run, the issue's goals, and the contract checker's and
 * (with --tests) `npm test`'s wall time. --profile writes CPU profiles of our server and sums them
 * up by module; --compare runs another built checkout's server beside ours (before/after).
 * A benchmark: it asserts nothing.
 */
import os from "node:os";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { timeChecker, timeTests } from "./extras";
import { launch, stop } from "./launch";
import { load } from "./load";
import { prismCli } from "./prism";
import { canPin, peakRssBytes, pinSelf } from "./proc-stats";
import { summariseProfiles } from "./profile-summary";
import { goals, median, table, type Sample } from "./report";
import { targets, type Target } from "./targets";

const OPTIONS = {
  runs: { type: "string", default: "2" },
  seconds: { type: "string", default: "5" },
  warmup: { type: "string", default: "1" },
  connections: { type: "string", default: "10" },
  "skip-prism": { type: "boolean", default: false },
  tests: { type: "boolean", default: false },
  profile: { type: "string" },
  compare: { type: "string" },
} as const;

interface Settings {
  seconds: number;
  warmup: number;
  connections: number;
  core: number | undefined;
  profileDir: string | undefined;
}

async function sample(target: Target, run: number, settings: Settings): Promise<Sample> {
  const name = `${target.key}-run${run}`;
  const profile =
    settings.profileDir && (target.kind === "ours" || target.kind === "compare")
      ? ["--cpu-prof", "--cpu-prof-dir", settings.profileDir, "--cpu-prof-name", `${name}.cpuprofile`]
      : [];
  const server = await launch((port) => target.args(port, profile), settings.core);
  try {
    // Warm-up: the validators compile on first use and the JIT settles.
    await load(server.url, server.pid, settings.warmup, settings.connections, target.request);
    const result = await load(server.url, server.pid, settings.seconds, settings.connections, target.request);
    if (profile.length > 0)
      writeFileSync(path.join(settings.profileDir!, `${name}.window.json`), JSON.stringify(result));
    return { ...result, peakRss: peakRssBytes(server.pid), startMs: server.startMs };
  } finally {
    await stop(server.child);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: OPTIONS });
  const runs = Number(values.runs);
  const cores = os.availableParallelism();
  const pin = canPin(cores);
  if (pin) pinSelf(0);
  const settings: Settings = {
    seconds: Number(values.seconds),
    warmup: Number(values.warmup),
    connections: Number(values.connections),
    core: pin ? 1 : undefined,
    profileDir: values.profile && path.resolve(values.profile),
  };
  if (settings.profileDir) mkdirSync(settings.profileDir, { recursive: true });
  const prism = values["skip-prism"] ? { skipped: "Prism left out (--skip-prism)" } : prismCli();
  if ("skipped" in prism) console.log(`bench: ${prism.skipped}`);
  const list = targets("cli" in prism ? prism.cli : undefined, values.compare && path.resolve(values.compare));
  console.log(describe(runs, settings, pin));
  const samples = new Map<Target, Sample[]>(list.map((t) => [t, []]));
  for (let run = 1; run <= runs; run++) {
    for (const target of list) samples.get(target)!.push(await sample(target, run, settings));
  }
  const rows = list.map((target) => ({ target, median: median(samples.get(target)!) }));
  console.log(`\n${table(rows)}\n\n${goals(rows).join("\n")}\n`);
  console.log(await timeChecker(settings.core));
  if (values.tests) console.log(timeTests(pin ? cores : undefined));
  if (settings.profileDir) console.log(`\n${summariseProfiles(settings.profileDir).join("\n")}`);
}

function describe(runs: number, s: Settings, pinned: boolean): string {
  return [
    `GetFlexjob case 1 (one row: an unknown case), ${s.connections} connections, ${s.warmup} s warm-up + ${s.seconds} s measured, median of ${runs} run(s)`,
    pinned ? "server pinned to core 1, load generator to core 0 (taskset)" : "not pinned (no taskset or one core)",
    `node ${process.version}, ${os.cpus()[0]?.model ?? "unknown CPU"} × ${os.cpus().length}, ${os.platform()} ${os.release()}, ${new Date().toISOString()}`,
    `load average before the run: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} (other processes share these cores)`,
    s.profileDir ? `CPU profiles of our server in ${s.profileDir} (profiling inflates its CPU figures)` : "",
  ]
    .filter(Boolean)
    .join("\n");
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
