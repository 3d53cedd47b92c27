/**
 * The reference server's sandbox, built on the pipeline's public API: its cases and handlers
 * (createApp), the control the admin listener drives (faults, journal, run-time cases), the admin
 * listener, and startReferenceServer for a test's own process.
 */
export { createApp, sandboxExtensions } from "./create-app";
export { APP_DEFAULTS, APP_RULES, resolveAppOptions, type AppOptions } from "./app-options";
export type { AppSettings, SandboxSettings } from "./app-settings";
export { createSandboxControl, type SandboxControl, type SandboxControlOptions } from "./control/sandbox-control";
export { FixtureError } from "./fixture-error";
export { caseOf, RECORDED_KEY } from "./case-book";
export { optional } from "./optional-modules";
export {
  startReferenceServer,
  type ReferenceServer,
  type ReferenceServerOptions,
  type ReferenceServerWithAdmin,
  type StartedReferenceServer,
} from "./reference-server";
export type { Fault, FaultMatch, FaultResponse } from "../../core";
export type { JournalEntry } from "../../core";
export type { CaseKey, CaseListItem } from "../../core";
