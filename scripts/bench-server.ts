/**
 * `npm run bench`: requests per second of the reference server over real HTTP, beside a bare
 * node:http server answering a fixed JSON body in the same run (the baseline the ratios use).
 * Prints figures only; nothing here asserts a time. Usage: npm run bench [-- --seconds 3 --concurrency 32]
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { createApp } from "../server/app";
import { listen } from "../server/serve";

interface Target {
  name: string;
  path: string;
  body: string;
}

const CASE_1 = JSON.stringify({
  activeOrganisationHeader: { organisationTypeIdentifier: 24, organisationCode: "12345674" },
  getCaseElementRequestType: { caseElementIdentifier: "11111111-1111-4111-8111-111111111111" },
});

/** Sends requests from `concurrency` loops for `seconds`; answers requests per second. */
async function measure(baseUrl: string, target: Target, seconds: number, concurrency: number): Promise<number> {
  const until = Date.now() + seconds * 1000;
  let done = 0;
  const loop = async (): Promise<void> => {
    while (Date.now() < until) {
      const res = await fetch(baseUrl + target.path, {
        method: "POST",
        headers: { "x-requestId": randomUUID(), "content-type": "application/json" },
        body: target.body,
      });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${target.name}: HTTP ${res.status}`);
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return done / seconds;
}

async function baselineServer(): Promise<{ url: string; close: () => void }> {
  const answer = JSON.stringify({ isAliveResponseType: { isAlive: true } });
  const server = http.createServer((req, res) => {
    req.resume().on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(answer));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seconds: { type: "string", default: "3" }, concurrency: { type: "string", default: "32" } } });
  const seconds = Number(values.seconds);
  const concurrency = Number(values.concurrency);
  const targets: Target[] = [
    { name: "IsAliveAsync", path: "/Flexjob/IsAlive", body: "{}" },
    { name: "GetFlexjob (case 1)", path: "/Flexjob/GetFlexjob", body: CASE_1 },
  ];
  const baseline = await baselineServer();
  const base = await measure(baseline.url, { name: "baseline", path: "/", body: "{}" }, seconds, concurrency);
  baseline.close();
  console.log(`${concurrency} concurrent fetch loops for ${seconds}s each; the client shares this process, so ratios understate the server's own cost.`);
  console.log(`bare node:http, fixed JSON: ${base.toFixed(0)} req/s (baseline)`);
  for (const validateResponses of [false, true]) {
    const server = await listen(createApp({ validateResponses }), 0, "127.0.0.1");
    for (const target of targets) {
      await measure(server.url, target, 0.5, concurrency); // warm-up: first-use compilation
      const rate = await measure(server.url, target, seconds, concurrency);
      console.log(`${target.name}, response validation ${validateResponses ? "on" : "off"}: ${rate.toFixed(0)} req/s, ${(rate / base).toFixed(2)} × baseline`);
    }
    await server.close();
  }
}

void main();
