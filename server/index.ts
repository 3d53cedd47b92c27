/**
 * flexjob-contract/server: the reference server for an integrator's own tests, started in process
 * (startReferenceServer) and driven through its admin listener.
 */
export {
  startReferenceServer,
  type ReferenceServer,
  type ReferenceServerOptions,
  type StartedReferenceServer,
} from "./reference-server";
export type { AppOptions } from "./app-options";
export type { CorsOrigins } from "./cors";
export type { Fault, FaultMatch, FaultResponse } from "./control/faults";
export type { JournalEntry } from "./control/request-journal";
export type { CaseKey, CaseListItem } from "./control/case-registry";
