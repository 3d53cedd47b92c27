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
} from "../../client";

declare const client: FlexjobClient;
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
  // The README's client.raw example.
  const { data, error, response } = await client.raw.POST("/Flexjob/GetFlexjob", {
    params: { header: { "x-requestId": crypto.randomUUID() } },
    body: { getCaseElementRequestType: { caseElementIdentifier: "11111111-1111-4111-8111-111111111111" } },
  });
  const rawOffer: FlexjobOfferResponse | undefined = data;
  const rawErrorCode: FlexjobErrorCode | undefined = error?.errorCode;
  void [rawOffer, rawErrorCode, response.status];
  // @ts-expect-error raw calls need the x-requestId header
  await client.raw.POST("/Flexjob/IsAlive", { body: {} });
  if (isFlexjobApiError(caught)) {
    const code: FlexjobErrorCode | undefined = caught.errorCode;
    const status: number = caught.status;
    void [code, status];
  }
}
