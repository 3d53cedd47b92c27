/**
 * The PostgreSQL example's app: its handlers in the contract's pipeline. Response validation is
 * on, because the bodies come from a table anyone can write to: a row that breaks the spec is
 * answered as the pipeline's internal error, never sent.
 */
import { createFlexjobApp, type FlexjobAppOptions } from "flexjob-reference-server";
import { createPostgresHandlers, type Queryable } from "./handlers";

export function createPostgresApp(db: Queryable, logger?: FlexjobAppOptions["logger"]) {
  return createFlexjobApp({ handlers: createPostgresHandlers(db), validateResponses: true, logger });
}
