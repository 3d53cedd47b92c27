/**
 * flexjob-contract/msw: the reference server's sandbox as in-process MSW request handlers, for
 * tests that run in the browser, in jsdom or in Node without a port. Needs msw 2.x (an optional
 * peer dependency of flexjob-contract).
 */
export { createFlexjobHandlers, type FlexjobHandlers, type FlexjobHandlersOptions } from "./create-flexjob-handlers";
export type { SandboxControl, SandboxOptions } from "./flexjob-sandbox";
export type { FaultRequest } from "./control-rules";
export type { CaseKey, CaseListItem, Fault, FaultMatch, FaultResponse, JournalEntry } from "../core";
