/**
 * Fills the flexjob_case table (schema.sql, created when missing) from case files: each `*.json`
 * file of a directory is one answer, as the reference server's `--fixtures` takes them, and
 * replaces the row of the same operation and case. Run it to try the example:
 * `npx tsx docs/examples/postgres/load-cases.ts [DIR]` (default: the sandbox's cases), with the
 * database in the PG* variables pg reads (PGHOST, PGPORT, PGUSER, PGDATABASE, ...).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Pool, type PoolClient } from "pg";
import type { CaseBody, CaseOperationId } from "flexjob-reference-server";

export const SANDBOX_CASES = path.join(__dirname, "..", "..", "..", "server", "sandbox", "cases");

/** The wrapper of each operation's answer; the spec's types hold the names. */
const WRAPPERS = {
  GetFlexjob: "flexjobRequestResponseType",
  GetFlexjobAllocation: "flexjobAllocationResponseType",
} as const satisfies { [O in CaseOperationId]: keyof CaseBody<O> };

interface CaseRow {
  operationId: CaseOperationId;
  caseElementIdentifier: string;
  body: unknown;
}

/** The row of one case file; throws naming the file when it answers no case-reading operation. */
function caseRowOf(file: string): CaseRow {
  const body = parsed(file) as Record<string, { caseElementIdentifier?: unknown } | undefined>;
  for (const [operationId, wrapper] of Object.entries(WRAPPERS) as [CaseOperationId, string][]) {
    const id = body[wrapper]?.caseElementIdentifier;
    if (typeof id === "string") return { operationId, caseElementIdentifier: id.toLowerCase(), body };
  }
  throw new Error(`${file}: no ${Object.values(WRAPPERS).join(" or ")} with a caseElementIdentifier`);
}

/** The file's JSON (UTF-8, with or without a byte order mark); its parse error is left out, as it quotes the file, which may hold CPR numbers. */
function parsed(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    if (error instanceof SyntaxError) throw new Error(`${file}: not well-formed JSON`);
    throw error;
  }
}

/** Creates the table when missing and upserts every case file of `dir`, in one transaction; returns how many. */
export async function loadCases(pool: Pool, dir: string = SANDBOX_CASES): Promise<number> {
  const rows = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => caseRowOf(path.join(dir, name)));
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(readFileSync(path.join(__dirname, "schema.sql"), "utf8"));
    for (const row of rows) await upsert(client, row);
    await client.query("COMMIT");
  } catch (error) {
    // The first error is the one to report, whether or not the rollback gets through.
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  return rows.length;
}

function upsert(client: PoolClient, row: CaseRow) {
  return client.query(
    `INSERT INTO flexjob_case (operation_id, case_element_identifier, body) VALUES ($1, $2, $3)
     ON CONFLICT (operation_id, case_element_identifier) DO UPDATE SET body = EXCLUDED.body`,
    [row.operationId, row.caseElementIdentifier, JSON.stringify(row.body)],
  );
}

if (require.main === module) {
  const pool = new Pool();
  loadCases(pool, process.argv[2])
    .then((count) => console.log(`loaded ${count} cases into flexjob_case`))
    .catch((error: unknown) => {
      console.error(`load-cases: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    })
    .finally(() => void pool.end());
}
