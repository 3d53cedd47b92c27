/**
 * `npm run bench [-- --seconds 5 --connections 16]`: requests per second and latency of the
 * reference server, each target in its own process under autocannon, beside a bare node:http
 * server (the baseline) measured in the same run. Prints figures and ratios; asserts nothing.
 * Every request carries a fresh x-requestId, as a replay would be answered 412.
 */
import { fork, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { TARGETS, type TargetName } from "./target";

interface Load {
  name: string;
  path: string;
  body: string;
}

const CASE_1 = JSON.stringify({
  activeOrganisationHeader: { organisationTypeIdentifier: 24, organisationCode: "12345674" },
  getCaseElementRequestType: { caseElementIdentifier: "11111111-1111-4111-8111-111111111111" },
});
const LOADS: Load[] = [
  { name: "IsAliveAsync", path: "/Flexjob/IsAlive", body: "{}" },
  { name: "GetFlexjob, case 1 (every optional element)", path: "/Flexjob/GetFlexjob", body: CASE_1 },
];

async function startTarget(name: TargetName): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(path.join(__dirname, "target.ts"), [name], {
    execArgv: ["--require", "tsx/cjs"],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once("message", (m) => resolve((m as { url: string }).url));
    child.once("exit", (code) => reject(new Error(`bench target ${name} exited with ${code}`)));
  });
  return { url, child };
}

async function measure(url: string, load: Load, seconds: number, connections: number) {
  const result = await autocannon({
    url: url + load.path,
    method: "POST",
    connections,
    duration: seconds,
    headers: { "content-type": "application/json" },
    body: load.body,
    requests: [{ setupRequest: (req) => ({ ...req, headers: { ...req.headers, "x-requestId": randomUUID() } }) }],
  });
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0) throw new Error(`${load.name} at ${url}: ${bad} of ${result.requests.total} requests failed`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { seconds: { type: "string", default: "5" }, connections: { type: "string", default: "16" } },
  });
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  console.log(
    `autocannon, ${connections} connections, ${seconds}s per load, each server in its own process (node ${process.version})`,
  );
  let baseline = 0;
  for (const target of TARGETS) {
    const { url, child } = await startTarget(target);
    try {
      for (const load of target === "baseline" ? [LOADS[0]!] : LOADS) {
        await measure(url, load, 1, connections); // warm-up: the validator compiles on first use
        const { rps, p50, p99 } = await measure(url, load, seconds, connections);
        if (target === "baseline") baseline = rps;
        const ratio = target === "baseline" ? "baseline" : `${(rps / baseline).toFixed(2)} × baseline`;
        console.log(
          `${target.padEnd(20)} ${load.name.padEnd(44)} ${rps.toFixed(0).padStart(6)} req/s  p50 ${p50} ms  p99 ${p99} ms  ${ratio}`,
        );
      }
    } finally {
      child.disconnect();
    }
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
