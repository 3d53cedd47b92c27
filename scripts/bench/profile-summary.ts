/**
 * Where the server's CPU goes per request: a `--cpu-prof` profile cut to the bench's measured
 * window (written beside it as <name>.window.json), self time grouped by module and the top
 * functions, both in µs per request.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { groupOf } from "./profile-groups";

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

interface Window {
  requests: number;
  window: { from: number; to: number };
}

/** Self time (µs) of each profile node within [from, to]. */
function selfTimes(profile: CpuProfile, from: number, to: number): Map<number, number> {
  const self = new Map<number, number>();
  let time = profile.startTime;
  profile.samples.forEach((id, i) => {
    time += profile.timeDeltas[i] ?? 0;
    const duration = profile.timeDeltas[i + 1] ?? 0;
    if (time >= from && time <= to) self.set(id, (self.get(id) ?? 0) + duration);
  });
  return self;
}

export function summarise(file: string, window: Window): string[] {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const self = selfTimes(profile, window.window.from, window.window.to);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const groups = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, micros] of self) {
    const frame = nodes.get(id)!;
    const group = groupOf(frame.url, frame.functionName);
    groups.set(group, (groups.get(group) ?? 0) + micros);
    const where = frame.url
      ? ` ${frame.url.replace(/^.*node_modules\//, "").replace(/^.*\/(dist\/)?server\//, "server/")}:${frame.lineNumber + 1}`
      : "";
    const name = `${frame.functionName || "(anonymous)"}${where} [${group}]`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
  }
  const perRequest = (micros: number): string => (micros / window.requests).toFixed(1).padStart(6);
  const busy = [...groups].filter(([g]) => g !== "(idle)").reduce((sum, [, m]) => sum + m, 0);
  const sorted = (map: Map<string, number>) => [...map].filter(([k]) => k !== "(idle)").sort((a, b) => b[1] - a[1]);
  return [
    `${path.basename(file)}: ${window.requests} requests, ${perRequest(busy).trim()} µs busy per request`,
    "  self time by module (µs / request):",
    ...sorted(groups).map(([group, micros]) => `  ${perRequest(micros)}  ${group}`),
    "  top functions by self time (µs / request):",
    ...sorted(functions)
      .slice(0, 15)
      .map(([name, micros]) => `  ${perRequest(micros)}  ${name}`),
  ];
}

/** Summaries of every profile in `dir` that has a window beside it. */
export function summariseProfiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".cpuprofile"))
    .sort()
    .flatMap((name) => {
      const window = JSON.parse(
        readFileSync(path.join(dir, name.replace(/\.cpuprofile$/, ".window.json")), "utf8"),
      ) as Window;
      return [...summarise(path.join(dir, name), window), ""];
    });
}

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: tsx scripts/bench/profile-summary.ts <directory of .cpuprofile and .window.json files>");
    process.exit(2);
  }
  console.log(summariseProfiles(dir).join("\n"));
}
