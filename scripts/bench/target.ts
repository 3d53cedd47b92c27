/**
 * One benchmark target in its own process, so that the load generator does not share its thread:
 * `reference` is createApp as `npm start` runs it (logging one line per request to stdout),
 * `reference+validation` the same with response validation on, `baseline` a bare node:http
 * server answering a fixed JSON body. Sends `{ url }` to the parent over IPC once listening.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { createApp } from "../../server/app";

export const TARGETS = ["baseline", "reference", "reference+validation"] as const;
export type TargetName = (typeof TARGETS)[number];

function createTarget(name: TargetName): http.Server {
  if (name === "baseline") {
    const answer = JSON.stringify({ isAliveResponseType: { isAlive: true } });
    return http.createServer((req, res) => {
      req.resume().on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(answer));
    });
  }
  const app = createApp({ validateResponses: name === "reference+validation", logger: pino({ level: "info" }) });
  return http.createServer(app);
}

if (require.main === module) {
  const name = process.argv[2] as TargetName;
  if (!TARGETS.includes(name)) {
    console.error(`bench target: expected one of ${TARGETS.join(", ")}; got ${String(name)}`);
    process.exit(2);
  }
  const server = createTarget(name).listen(0, "127.0.0.1", () => {
    process.send?.({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
  });
  process.on("disconnect", () => process.exit(0));
}
