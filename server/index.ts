/**
 * flexjob-contract/server: the reference server for an integrator's own tests, started in process
 * (startReferenceServer) and driven through its admin listener.
 */
export {
  startReferenceServer,
  type ReferenceServer,
  type ReferenceServerOptions,
  type ReferenceServerWithAdmin,
  type StartedReferenceServer,
} from "./reference-server";
export type { AppSettings } from "./app-settings";
export type { CorsOrigins } from "./cors-origins";
export type { Fault, FaultMatch, FaultResponse } from "./control/faults";
export type { JournalEntry } from "./control/request-journal";
export type { CaseKey, CaseListItem } from "./control/case-registry";
