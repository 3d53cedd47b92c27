/**
 * Names for the bodies a client user handles, each an alias of the generated contract
 * (generated/flexjob.d.ts), never a restatement: a spec change reaches these types by `npm run codegen`.
 */
import type { components, operations, paths } from "../generated/flexjob";

export type { components, operations, paths };

type Schemas = components["schemas"];

/** GetFlexjob's 200 body: `{ flexjobRequestResponseType: FlexjobOffer }`. */
export type FlexjobOfferResponse = Schemas["FlexjobOfferResponse"];
/** A flexjob offer (request): the content of `flexjobRequestResponseType`. */
export type FlexjobOffer = Schemas["FlexjobOfferResponseType"];
/** GetFlexjobAllocation's 200 body: `{ flexjobAllocationResponseType: FlexjobAllocation }`. */
export type FlexjobAllocationResponse = Schemas["FlexjobAllocationResponse"];
/** A flexjob grant (bevilling): the content of `flexjobAllocationResponseType`. */
export type FlexjobAllocation = Schemas["FlexjobAllocationResponseType"];
/** IsAliveAsync's 200 body. */
export type IsAliveResponse = Schemas["IsAliveResponse"];
/** The RFC 9457 body of every error response. */
export type Problem = Schemas["Problem"];
/** The STAR fault codes the contract documents (the spec's FlexjobErrorCode). */
export type FlexjobErrorCode = Schemas["FlexjobErrorCode"];
/** The organisation a call is made for (`activeOrganisationHeader`). */
export type ActiveOrganisationHeaderType = Schemas["ActiveOrganisationHeaderType"];
/** The user behind a call (`requestUserMetadataHeader`). */
export type RequestUserMetadataType = Schemas["RequestUserMetadataType"];

/** The client's operations, by operationId. */
export type OperationId = keyof operations;
