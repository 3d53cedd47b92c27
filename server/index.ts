/**
 * flexjob-reference-server (also flexjob-contract/server):
 * - server stubs: createFlexjobApp wraps an implementation's handlers, one per operation and typed
 *   from the spec, in the contract's pipeline (the x-requestId rule, validation, the caller's
 *   identity, the error table's Problems, the request log without CPR numbers), and `serve` serves
 *   it over HTTP or HTTPS with the limits and a graceful close; the outcomes a handler answers with
 *   (notAuthorized, caseNotFound, grantStatusUnknown) and the party rule (mayReadCase);
 * - the reference server for an integrator's own tests, started in process (startReferenceServer)
 *   and driven through its admin listener.
 */
export {
  caseFactsOf,
  caseNotFound,
  ConfigError,
  createFlexjobApp,
  createLogger,
  grantStatusUnknown,
  mayReadCase,
  notAuthorized,
  requestFacts,
  type AuthMode,
  type Caller,
  type CaseBody,
  type CaseFacts,
  type CaseOperationId,
  type CertificateIdentity,
  type CorsOrigins,
  type FlexjobAppOptions,
  type Handler,
  type HandlerInput,
  type Handlers,
  type OperationId,
  type Outcome,
  type PipelineExtensions,
  type PipelineSettings,
  type Problem,
  type RequestBody,
  type RequestFacts,
} from "./pipeline";
export {
  connectRedisRequestIds,
  createMemoryRequestIdStore,
  StoreUnavailableError,
  type MemoryRequestIdStoreOptions,
  type RedisRequestIdsOptions,
  type RequestIdStore,
} from "./stores";
export { serve, type Listening, type ServeOptions, type ServerLimits } from "./transport";
export {
  startReferenceServer,
  type AppSettings,
  type CaseKey,
  type CaseListItem,
  type Fault,
  type FaultMatch,
  type FaultResponse,
  type JournalEntry,
  type ReferenceServer,
  type ReferenceServerOptions,
  type ReferenceServerWithAdmin,
  type StartedReferenceServer,
} from "./sandbox";
