/**
 * The handlers of the PostgreSQL example: each operation answered from the flexjob_case table
 * (schema.sql). They decide only what the database knows: whether the case exists, whether the
 * caller is one of its parties, whether its grant status is "Ukendt". Everything else (the
 * request id rule, validation, the caller's presence, the Problems' codes and texts) is the
 * pipeline's, before and after them.
 */
import type { Pool } from "pg";
import {
  caseFactsOf,
  caseNotFound,
  grantStatusUnknown,
  mayReadCase,
  notAuthorized,
  type CaseBody,
  type CaseOperationId,
  type HandlerInput,
  type Handlers,
} from "flexjob-reference-server";

/** The grant status code that means "Ukendt": assumed, as STAR publishes no code list (docs/server.md). */
const UKENDT = 1;

/** What the handlers need of the database: a pg Pool, or anything with its query. */
export type Queryable = Pick<Pool, "query">;

function caseReader<O extends CaseOperationId>(db: Queryable, operationId: O) {
  return async (input: HandlerInput<O>) => {
    // The row's body is whatever the table holds: response validation (app.ts) checks it against
    // the spec before it is sent.
    const { rows } = await db.query<{ body: CaseBody<O> }>(
      "SELECT body FROM flexjob_case WHERE operation_id = $1 AND case_element_identifier = $2",
      [operationId, input.caseElementIdentifier],
    );
    const found = rows[0]?.body;
    if (found === undefined) return caseNotFound(input);
    if (!mayReadCase(input, found)) return notAuthorized(input);
    if (caseFactsOf(found).caseElementFlowState.jobAllocationStatusIdentifier === UKENDT)
      return grantStatusUnknown(input);
    return { status: 200 as const, body: found };
  };
}

/** IsAlive says whether the database answers: a service without its cases is not alive. */
function isAlive(db: Queryable) {
  return async () => {
    const alive = await db.query("SELECT 1").then(
      () => true,
      () => false,
    );
    return { status: 200 as const, body: { isAliveResponseType: { isAlive: alive } } };
  };
}

export function createPostgresHandlers(db: Queryable) {
  return {
    GetFlexjob: caseReader(db, "GetFlexjob"),
    GetFlexjobAllocation: caseReader(db, "GetFlexjobAllocation"),
    IsAliveAsync: isAlive(db),
  } satisfies Handlers;
}
