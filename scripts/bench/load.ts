/**
 * The load: autocannon posting one request (case 1 unless told otherwise) with a fresh x-requestId
 * per request (a replay would be answered 412), and the server process's CPU time over the same
 * window.
 */
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { CASE_1, type BenchRequest } from "./case-1";
import { cpuMicros } from "./proc-stats";

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Server CPU (user + system) per request, in µs; undefined without /proc. */
  cpuPerRequest: number | undefined;
  /** process.hrtime of the window, in µs, to cut a CPU profile to it. */
  window: { from: number; to: number };
}

export async function load(
  url: string,
  pid: number,
  seconds: number,
  connections: number,
  request: BenchRequest = CASE_1,
): Promise<LoadResult> {
  const cpuBefore = cpuMicros(pid);
  const from = Number(process.hrtime.bigint() / 1000n);
  const result = await autocannon({
    url: url + request.path,
    method: "POST",
    connections,
    duration: seconds,
    headers: { "content-type": "application/json" },
    body: request.body,
    requests: [{ setupRequest: (req) => ({ ...req, headers: { ...req.headers, "x-requestId": randomUUID() } }) }],
  });
  const to = Number(process.hrtime.bigint() / 1000n);
  const cpuAfter = cpuMicros(pid);
  const expected = result.statusCodeStats?.[`${request.status}`]?.count ?? 0;
  const bad = result.requests.total - expected + result.errors + result.timeouts;
  if (bad > 0) throw new Error(`${url}: ${bad} of ${result.requests.total} requests not answered ${request.status}`);
  const requests = result.requests.total;
  return {
    requests,
    rps: requests / ((to - from) / 1e6),
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuPerRequest: cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / requests,
    window: { from, to },
  };
}
