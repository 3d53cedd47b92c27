/**
 * The framework-free layer under the reference server and the MSW handlers: the contract's rules
 * (the error table's Problems, the caller, the outcomes of a case-reading operation, the handler
 * types, the CPR rule, the in-memory request id store) and the sandbox's (its handlers over the
 * cases, run-time cases, faults, the journal). It imports only generated/ and runs wherever
 * JavaScript does: no Node built-in, no Express. Nothing outside this folder imports past this file.
 */
export { ArrivalQueue } from "./arrival-queue";
export { COMPANY_ORGANISATION_TYPE, identifyCaller, type AuthMode, type Caller, type Identified } from "./caller";
export {
  identityOfSocket,
  identityOfSubject,
  LOOKED_FOR,
  type CertificateIdentity,
  type Subject,
} from "./certificate-identity";
export { withholdCprInJson, withholdCprRuns, withoutCpr } from "./cpr-shaped";
export type {
  CaseBody,
  CaseOperationId,
  Handler,
  HandlerInput,
  Handlers,
  OperationId,
  Outcome,
  RequestBody,
} from "./handler-types";
export {
  caseFactsOf,
  caseNotFound,
  grantStatusUnknown,
  mayReadCase,
  notAuthorized,
  readersOf,
  type CaseFacts,
} from "./outcomes";
export { problem, type Problem, type ProblemContext, type ProblemError, type ProblemKind } from "./problems";
export {
  createMemoryRequestIdStore,
  MAX_MEMORY_REQUEST_IDS,
  REQUEST_ID_DEFAULTS,
  type MemoryRequestIdStoreOptions,
  type RequestIdStore,
} from "./request-id-store";
export { caseOf, type CaseBook, type CaseLookup, type CaseSource } from "./sandbox/case-bodies";
export { createCaseRegistry, type CaseKey, type CaseListItem, type CaseRegistry } from "./sandbox/case-registry";
export { faultProblem } from "./sandbox/fault-problem";
export {
  bucketOf,
  bucketsFor,
  faultResponseViolation,
  shownFault,
  type Fault,
  type FaultMatch,
  type FaultResponse,
  type FaultSubject,
} from "./sandbox/faults";
export {
  caseFileRule,
  caseOperationOf,
  caseViolations,
  WRAPPER_KEYS,
  type CaseOperation,
} from "./sandbox/fixture-schemas";
export { ALIVE_BODY, createHandlers, type HandlerDeps } from "./sandbox/handlers";
export { createRequestJournal, JOURNAL_SIZE, type JournalEntry, type RequestJournal } from "./sandbox/request-journal";
export {
  createMemorySandboxState,
  type CaseOverride,
  type CaseOverrideEntry,
  type SandboxState,
} from "./sandbox/sandbox-state";
export {
  isWellFormedRequestId,
  malformedJson,
  missingBody,
  payloadTooLarge,
  replayedRequestId,
  requestIdRefusal,
  schemaViolations,
  unsupportedMediaType,
} from "./request-checks";
