/**
 * The fuzz suite's target: the reference server in this process on port 0, as `npm start` runs
 * it but with its own response validation on (`--response-validation`, which checks every answer
 * computed per request and so adds more to break; the suite also validates every answer itself),
 * with its log kept in memory so that an unexpected error is seen even when the answer looks right.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import pino from "pino";
import { createApp } from "../../server/sandbox/create-app";

export interface FuzzTarget {
  baseUrl: string;
  /** Log lines at level error or above. */
  errors: string[];
  close(): Promise<void>;
}

export async function startFuzzTarget(): Promise<FuzzTarget> {
  const errors: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const line = chunk.toString("utf8");
      if ((JSON.parse(line) as { level: number }).level >= 50) errors.push(line);
      done();
    },
  });
  const server: Server = createApp({ validateResponses: true, logger: pino({ level: "error" }, sink) }).listen(
    0,
    "127.0.0.1",
  );
  await new Promise((resolve) => server.once("listening", resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    errors,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** V8's collector, exposed at run time (jest does not pass --expose-gc to its workers). */
export function collectGarbage(): () => void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  return () => {
    gc();
    gc();
  };
}
