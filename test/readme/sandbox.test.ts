// The README's sandbox example: a real jest test, run by `npm test`. Keep the README block
// identical to this file from the first import on, with the imports as a consumer writes them.
import { startReferenceServer, type JournalEntry, type ReferenceServerWithAdmin } from "../../server"; // README: from "flexjob-contract/server"
import { createFlexjobClient } from "../../client"; // README: from "flexjob-contract/client"

let sandbox: ReferenceServerWithAdmin;

beforeAll(async () => {
  sandbox = await startReferenceServer({ port: 0, adminPort: 0 }); // free ports; every option of the CLI is here too
});
afterAll(() => sandbox.close());
// Between tests: run-time cases and faults gone, journal empty, request ids forgotten.
beforeEach(() => fetch(`${sandbox.adminUrl}/reset`, { method: "POST" }));

it("gets the offer when STAR fails twice first, retrying with a new x-requestId each time", async () => {
  await fetch(`${sandbox.adminUrl}/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ match: { operationId: "GetFlexjob" }, response: { status: 503 }, times: 2 }),
  });
  const client = createFlexjobClient({
    baseUrl: sandbox.url,
    organisation: { organisationTypeIdentifier: 24, organisationCode: "12345674" },
    backoffBaseMs: 1, // retry at once (default: 2 retries on 502/503/504 and network failures)
  });

  const { flexjobRequestResponseType: offer } = await client.getFlexjob("11111111-1111-4111-8111-111111111111");
  expect(offer.company.companyIdentifier.cvRnumberIdentifier.value).toBe("12345674");

  const { requests } = (await (await fetch(`${sandbox.adminUrl}/requests`)).json()) as { requests: JournalEntry[] };
  const attempts = requests.reverse(); // the journal lists newest first
  expect(attempts.map((r) => [r.operationId, r.status])).toEqual([
    ["GetFlexjob", 503],
    ["GetFlexjob", 503],
    ["GetFlexjob", 200],
  ]); // a retry with a used x-requestId would have been answered 412: a faulted request uses its id up
});
