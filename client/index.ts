/**
 * flexjob-contract/client: the public exports of the typed client. Everything else in client/ is
 * internal and may change.
 */
export { createFlexjobClient, type FlexjobClient } from "./create-flexjob-client";
export type { CallOptions, FlexjobClientOptions, ResponseValidator } from "./client-options";
export { CLIENT_DEFAULTS } from "./defaults";
export type { OnRetry, RetryInfo, RetryReason } from "./retry-info";
export { FLEXJOB_ERROR_CODES, FlexjobApiError, isFlexjobApiError } from "./api-error";
export {
  FlexjobNetworkError,
  FlexjobTimeoutError,
  isFlexjobNetworkError,
  isFlexjobTimeoutError,
} from "./transport-errors";
export {
  FlexjobResponseValidationError,
  isFlexjobResponseValidationError,
  type ContractViolation,
} from "./response-validation-error";
export type {
  ActiveOrganisationHeaderType,
  FlexjobAllocation,
  FlexjobAllocationResponse,
  FlexjobErrorCode,
  FlexjobOffer,
  FlexjobOfferResponse,
  IsAliveResponse,
  OperationId,
  Problem,
  RequestUserMetadataType,
  components,
  operations,
  paths,
} from "./types";
