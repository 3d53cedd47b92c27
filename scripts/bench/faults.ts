/**
 * `npm run bench:faults [-- --redis redis://127.0.0.1:6379/0 --requests 2000]`: what waiting
 * faults cost the requests they do not match. IsAlive's latency (one request at a time, in
 * process, so the figures are the server's and the loop's own) with no fault, then with as many
 * faults as the admin listener holds, each for another case; in memory and, with --redis, in Redis.
 * Prints p50 and p99 and their ratio to the run without faults. A benchmark: it asserts nothing.
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { startReferenceServer, type ReferenceServerWithAdmin } from "../../server";

const { values } = parseArgs({
  options: { redis: { type: "string" }, requests: { type: "string", default: "2000" } },
});
const REQUESTS = Number(values.requests);

async function post(url: string, body: unknown, requestId?: string): Promise<number> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (requestId) headers["x-requestId"] = requestId;
  const response = await fetch(url, { method: "POST", headers, body: JSON.stringify(body) });
  await response.arrayBuffer();
  return response.status;
}

/** p50 and p99 of IsAlive, in ms. */
async function latency(server: ReferenceServerWithAdmin): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    await post(`${server.url}/Flexjob/IsAlive`, {}, randomUUID());
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)]!, p99: times[Math.floor(times.length * 0.99)]! };
}

async function faultsHeld(server: ReferenceServerWithAdmin): Promise<number> {
  const document = (await (await fetch(`${server.adminUrl}/openapi.json`)).json()) as {
    components: { schemas: { FaultList: { properties: { faults: { maxItems: number } } } } };
  };
  return document.components.schemas.FaultList.properties.faults.maxItems;
}

async function measure(store: string, redis: string | undefined): Promise<string[]> {
  const server = await startReferenceServer({
    adminPort: 0,
    ...(redis ? { redis, redisPrefix: `bench-${randomUUID()}:` } : {}),
  });
  try {
    await latency(server); // warm-up
    const none = await latency(server);
    const max = await faultsHeld(server);
    for (let i = 0; i < max; i++) {
      const match = { operationId: "GetFlexjob", caseElementIdentifier: randomUUID() };
      await post(`${server.adminUrl}/faults`, { match, response: { status: 503 } });
    }
    const full = await latency(server);
    await post(`${server.adminUrl}/reset`, {});
    const row = (label: string, r: { p50: number; p99: number }) =>
      `${store.padEnd(8)}${label.padEnd(34)}${r.p50.toFixed(3).padStart(9)}${r.p99.toFixed(3).padStart(9)}` +
      `${(r.p50 / none.p50).toFixed(2).padStart(10)}×`;
    return [row("no fault", none), row(`${max} faults for other cases`, full)];
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  console.log(`IsAlive, ${REQUESTS} requests one at a time, in process (ms)`);
  console.log(
    `${"store".padEnd(8)}${"faults waiting".padEnd(34)}${"p50".padStart(9)}${"p99".padStart(9)}${"p50 ratio".padStart(11)}`,
  );
  for (const line of await measure("memory", undefined)) console.log(line);
  if (values.redis) for (const line of await measure("redis", values.redis)) console.log(line);
}

void main();
