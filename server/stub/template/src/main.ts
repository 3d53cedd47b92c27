/**
 * Serves src/handlers.ts with the contract's pipeline on PORT (default 8080) and HOST (default
 * 127.0.0.1), one JSON log line per request. SIGTERM or SIGINT stops accepting connections, lets
 * the requests in flight finish (for at most 10 s) and exits 0, or 1 when some had to be cut off;
 * a second signal stops at once.
 */
import { createFlexjobApp, createLogger, serve } from "flexjob-reference-server";
import { handlers } from "./handlers";

const logger = createLogger({ level: "info", name: "flexjob-stub" });

function portOf(text: string | undefined): number {
  if (text === undefined || text === "") return 8080;
  const port = Number(text);
  if (/^\d+$/.test(text) && port <= 65535) return port;
  process.stderr.write(`PORT must be a whole number from 0 to 65535 (0: any free port); got ${JSON.stringify(text)}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  // Options of createFlexjobApp: auth ("header", "certificate", "off"), validateResponses, cors, a Redis requestIdStore.
  const app = createFlexjobApp({ handlers, logger });
  const host = process.env.HOST || "127.0.0.1";
  const listening = await serve(app, { port: portOf(process.env.PORT), host, logger });
  logger.info({ url: listening.url }, `listening on ${listening.url}`);
  const stop = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, "shutting down: no new connections, finishing the requests in flight");
    void listening.close().then((result) => {
      logger.info({ result }, "stopped");
      logger.flush(() => process.exit(result === "drained" ? 0 : 1));
    });
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
