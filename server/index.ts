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
} from "./sandbox/reference-server";
export type { AppSettings } from "./sandbox/app-settings";
export type { CorsOrigins } from "./pipeline/cors-origins";
export type { Fault, FaultMatch, FaultResponse } from "./sandbox/control/faults";
export type { JournalEntry } from "./sandbox/control/request-journal";
export type { CaseKey, CaseListItem } from "./sandbox/control/case-registry";
