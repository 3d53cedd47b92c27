/**
 * Type-level tests of the client, checked by `npm run typecheck` (never run): each
 * `@ts-expect-error` must meet an error, so a client type that accepted the misuse would fail the
 * typecheck ("Unused '@ts-expect-error' directive").
 */
import {
  createFlexjobClient,
  isFlexjobApiError,
  type FlexjobAllocation,
  type FlexjobClient,
  type FlexjobErrorCode,
  type FlexjobOffer,
  type FlexjobOfferResponse,
  type IsAliveResponse,
  type RetryInfo,
} from "../../client";
import { createRawClient, type FlexjobRawClient, type Middleware } from "../../client/raw";

declare const client: FlexjobClient;
declare const raw: FlexjobRawClient;
declare const caught: unknown;

export async function misuses(): Promise<void> {
  // @ts-expect-error baseUrl is required
  createFlexjobClient({ timeoutMs: 5_000 });
  const numericCvr = { organisationTypeIdentifier: 24, organisationCode: 12345674 };
  // @ts-expect-error organisationCode is a string (a CVR number), not a number
  createFlexjobClient({ baseUrl: "http://127.0.0.1:8080", organisation: numericCvr });
  // @ts-expect-error organisation needs both parts
  createFlexjobClient({ baseUrl: "http://127.0.0.1:8080", organisation: { organisationCode: "12345674" } });
  // @ts-expect-error timeoutMs is a number of ms
  createFlexjobClient({ baseUrl: "http://127.0.0.1:8080", timeoutMs: "10s" });

  // @ts-expect-error caseElementIdentifier is a string
  await client.getFlexjob(11111111);
  // @ts-expect-error per-call options have no retries
  await client.getFlexjob("11111111-1111-4111-8111-111111111111", { retries: 5 });
  // @ts-expect-error isAlive takes no case
  await client.isAlive("11111111-1111-4111-8111-111111111111");
  // @ts-expect-error a call's organisationCode is a string (a CVR number), as the client's
  await client.getFlexjob("11111111-1111-4111-8111-111111111111", { organisation: numericCvr });
  // @ts-expect-error a call's user metadata is the whole RequestUserMetadataType
  await client.isAlive({ userMetadata: { registrationDateTime: "2025-03-01T10:00:00+01:00" } });
  // @ts-expect-error onRetry is the client's, not a call's
  await client.isAlive({ onRetry: () => undefined });
  createFlexjobClient({
    baseUrl: "http://127.0.0.1:8080",
    onRetry: ({ reason }) => {
      // @ts-expect-error only a "status" reason has a status: narrow on kind first
      void reason.status;
    },
  });
  const twoArguments = (attempt: number, error: Error) => [attempt, error];
  // @ts-expect-error onRetry is told one RetryInfo, not (attempt, error)
  createFlexjobClient({ baseUrl: "http://127.0.0.1:8080", onRetry: twoArguments });

  const offer = await client.getFlexjob("11111111-1111-4111-8111-111111111111");
  // @ts-expect-error the element is spelled preferedStartDate, as STAR spells it
  void offer.flexjobRequestResponseType.flexjobOffer.preferredStartDate;
  // @ts-expect-error GetFlexjob answers an offer, whose wrapper is flexjobRequestResponseType
  void offer.flexjobAllocationResponseType;
  const grant = await client.getFlexjobAllocation("33333333-3333-4333-8333-333333333333");
  // @ts-expect-error the grant says caseworkerCaseHandling (lower-case w), the offer caseWorkerCaseHandling
  void grant.flexjobAllocationResponseType.caseWorkerCaseHandling;
  // @ts-expect-error salary is a number
  const salary: string = grant.flexjobAllocationResponseType.flexjobAllocation.salaryInformation.fullTimeSalary.salary;
  void salary;

  if (isFlexjobApiError(caught)) {
    // @ts-expect-error errorCode is the union of the documented codes, and 4040 is none of them
    if (caught.errorCode === 4040) return;
    // @ts-expect-error name is a literal
    const name: "HttpError" = caught.name;
    void name;
  }
}

export async function typedResults(): Promise<void> {
  const offer: FlexjobOfferResponse = await client.getFlexjob("11111111-1111-4111-8111-111111111111");
  const inner: FlexjobOffer = offer.flexjobRequestResponseType;
  const start: string = inner.flexjobOffer.preferedStartDate;
  const grant: FlexjobAllocation = (await client.getFlexjobAllocation("33333333-3333-4333-8333-333333333333"))
    .flexjobAllocationResponseType;
  const alive: IsAliveResponse = await client.isAlive({ timeoutMs: 2_000, requestId: "a-request-id" });
  const hours: number = grant.flexjobAllocation.effectiveWorkingHours;
  void [start, alive, hours];
  // The raw.POST call of docs/client.md (test/readme/raw.ts).
  const { data, error, response } = await raw.POST("/Flexjob/GetFlexjob", {
    params: { header: { "x-requestId": crypto.randomUUID() } },
    body: { getCaseElementRequestType: { caseElementIdentifier: "11111111-1111-4111-8111-111111111111" } },
  });
  const rawOffer: FlexjobOfferResponse | undefined = data;
  const rawErrorCode: FlexjobErrorCode | undefined = error?.errorCode;
  void [rawOffer, rawErrorCode, response.status];
  // A client for many organisations: each call names the one it acts for.
  await client.getFlexjob("66666666-6666-4666-8666-666666666666", {
    organisation: { organisationTypeIdentifier: 24, organisationCode: "11111114" },
  });
  createFlexjobClient({
    baseUrl: "http://127.0.0.1:8080",
    onRetry: ({ attempt, requestId, reason, delayMs }: RetryInfo) => {
      const why: string = reason.kind === "status" ? `status ${reason.status}` : reason.error.message;
      void [attempt + 1, requestId.length, why, delayMs + 1];
    },
  });
  // @ts-expect-error raw calls need the x-requestId header
  await raw.POST("/Flexjob/IsAlive", { body: {} });
  // @ts-expect-error raw calls take only the spec's paths
  await raw.POST("/Flexjob/IsDead", { params: { header: { "x-requestId": "r" } }, body: {} });
  const logging: Middleware = { onResponse: ({ response }) => void response.status };
  createRawClient({ baseUrl: "http://127.0.0.1:8080", middleware: [logging] });
  // @ts-expect-error raw answers are not checked: validateResponses is the methods' option
  createRawClient({ baseUrl: "http://127.0.0.1:8080", validateResponses: () => [] });
  // @ts-expect-error the methods take no openapi-fetch middleware (createRawClient does)
  createFlexjobClient({ baseUrl: "http://127.0.0.1:8080", middleware: [logging] });
  // @ts-expect-error the methods' client has no openapi-fetch client inside
  void client.raw;
  if (isFlexjobApiError(caught)) {
    const code: FlexjobErrorCode | undefined = caught.errorCode;
    const status: number = caught.status;
    void [code, status];
  }
}
