/**
 * Serves the PostgreSQL example: the only file that reads the environment and listens. The
 * database is the one pg finds in the PG* variables (PGHOST, PGPORT, PGUSER, PGPASSWORD,
 * PGDATABASE); PORT and HOST choose where to listen (8080 on 127.0.0.1). SIGTERM or SIGINT lets the
 * requests in flight finish, then closes the pool.
 */
import { Pool } from "pg";
import { createLogger, serve } from "flexjob-reference-server";
import { createPostgresApp } from "./app";

const logger = createLogger({ level: process.env.LOG_LEVEL ?? "info", name: "flexjob-postgres-example" });
// Bounded waits: a database that does not answer fails a request instead of holding it.
const pool = new Pool({ connectionTimeoutMillis: 2_000, query_timeout: 2_000 });
// An idle connection the server closes is replaced by the pool; unhandled, its error would end the process.
pool.on("error", (error: Error & { code?: string }) =>
  logger.warn({ code: error.code }, "idle PostgreSQL connection lost"),
);

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8080);
  const listening = await serve(createPostgresApp(pool, logger), { port, host: process.env.HOST, logger });
  logger.info({ url: listening.url }, `listening on ${listening.url}`);
  const stop = () => {
    void listening.close().then(async (result) => {
      await pool.end();
      logger.info({ result }, "stopped");
      process.exitCode = result === "drained" ? 0 : 1;
    });
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: NodeJS.ErrnoException) => {
  logger.fatal({ code: error.code }, `cannot start: ${error.message}`);
  process.exitCode = 1;
  void pool.end();
});
