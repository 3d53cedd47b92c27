// The README's client example, compiled by `npm run typecheck` and, with the import below changed
// to "flexjob-contract/client", compiled and run against the packed package by
// test/e2e/client-pack.test.ts. Keep the README block identical to this file from the import on.
import { createFlexjobClient, isFlexjobApiError, isFlexjobTimeoutError } from "../../client"; // README: from "flexjob-contract/client"

const client = createFlexjobClient({
  baseUrl: process.env.FLEXJOB_URL ?? "http://127.0.0.1:8080", // `npm start`
  organisation: { organisationTypeIdentifier: 24, organisationCode: "12345674" }, // the company (CVR) you act for
  timeoutMs: 5_000, // per attempt; 2 retries on network failures and 502/503/504 by default
});

async function showOffer(caseElementIdentifier: string): Promise<void> {
  try {
    const { flexjobRequestResponseType: offer } = await client.getFlexjob(caseElementIdentifier);
    console.log(
      `${caseElementIdentifier}: offer from ${offer.company.companyName}, start ${offer.flexjobOffer.preferedStartDate}`,
    );
  } catch (error) {
    if (!isFlexjobApiError(error)) throw error; // FlexjobTimeoutError, FlexjobNetworkError, TypeError (bad id)
    switch (error.errorCode) {
      case 80002:
        return console.log(`${caseElementIdentifier}: no such offer`);
      case 80003:
        return console.log(`${caseElementIdentifier}: the grant's status is 'Ukendt'`);
      default:
        return console.log(`${error.status} ${error.title}: ${error.detail} (x-requestId ${error.requestId})`);
    }
  }
}

async function main(): Promise<void> {
  const alive = await client.isAlive({ timeoutMs: 1_000 });
  console.log("alive:", alive.isAliveResponseType?.isAlive);
  await showOffer("11111111-1111-4111-8111-111111111111");
  await showOffer("33333333-3333-4333-8333-333333333333");
  await showOffer("55555555-5555-4555-8555-555555555555");
  const { flexjobAllocationResponseType: grant } = await client.getFlexjobAllocation(
    "33333333-3333-4333-8333-333333333333",
  );
  console.log(
    `grant of offer ${grant.offerIdentifier}: ${grant.flexjobAllocation.effectiveWorkingHours} h/week from ${grant.flexjobAllocation.startDate}`,
  );
}

main().catch((error: unknown) => {
  console.error(isFlexjobTimeoutError(error) ? "the service did not answer in time" : error);
  process.exitCode = 1;
});
