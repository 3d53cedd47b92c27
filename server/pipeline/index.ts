/**
 * The contract's pipeline: createFlexjobApp around an implementation's handlers, the handler types
 * and the outcomes a handler answers with, and what the sandbox and transport build on (the
 * request facts for added steps, problems, stored bodies, the spec, the log's CPR rule, the option
 * rules). Nothing outside this folder imports past this file.
 */
export { createFlexjobApp, defaultRequestIdStore } from "./create-flexjob-app";
export { createContractApp, rawBodyOf, type ContractAppOptions, type RequestViolation } from "./contract-app";
export {
  PIPELINE_DEFAULTS,
  PIPELINE_RULES,
  resolvePipelineOptions,
  withDefaults,
  type FlexjobAppOptions,
  type PipelineExtensions,
  type PipelineSettings,
  type ResolvedPipelineOptions,
} from "./options";
export type {
  CaseBody,
  CaseOperationId,
  Handler,
  HandlerInput,
  Handlers,
  OperationId,
  Outcome,
  RequestBody,
} from "../../core";
export {
  caseFactsOf,
  caseNotFound,
  grantStatusUnknown,
  mayReadCase,
  notAuthorized,
  readersOf,
  type CaseFacts,
} from "../../core";
export { COMPANY_ORGANISATION_TYPE, identifyCaller, type AuthMode, type Caller } from "../../core";
export { identityOfSocket, identityOfSubject, LOOKED_FOR, type CertificateIdentity, type Subject } from "../../core";
export { requestFacts, sendUncheckedProblem, type RequestFacts, type SendableOutcome } from "./http-adapter";
export { problem, type Problem, type ProblemError, type ProblemKind } from "../../core";
export { serialiseChecked, serialiseOnce } from "./serialised-bodies";
export { findSpecFile, loadSpec, type LoadedSpec, type SpecDocument } from "./spec";
export { withholdCprInJson, withholdCprRuns, withoutCpr } from "../../core";
export { createLogger, LOG_LEVELS, type LogLevel } from "./logger";
export { originFormOf } from "./request-target";
export { ConfigError } from "./config-error";
export { CORS_RULE, parseCorsOrigins, type CorsOrigins } from "./cors-origins";
export { BOOLEAN, MS, whole, type ValueRule } from "./value-rules";
export type { RequestIdStore } from "../stores";
