// docs/front-end.md's Node example: a real jest test, run by `npm test`. Keep the doc's block
// identical to this file from the first import on, with the imports as a consumer writes them.
import { setupServer } from "msw/node";
import { createFlexjobHandlers } from "../../msw"; // docs: from "flexjob-contract/msw"
import { createFlexjobClient, isFlexjobApiError } from "../../client"; // docs: from "flexjob-contract/client"

const baseUrl = "http://flexjob.sandbox.test"; // nothing listens there: MSW answers in this process
const sandbox = createFlexjobHandlers({ baseUrl });
const server = setupServer(...sandbox.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());
beforeEach(() => sandbox.reset()); // the start-up cases, no faults, an empty journal, every request id forgotten

const client = createFlexjobClient({
  baseUrl,
  organisation: { organisationTypeIdentifier: 24, organisationCode: "12345674" },
  backoffBaseMs: 1, // retry at once
});

it("reads an offer after STAR failed once: the client retried with a new x-requestId", async () => {
  await sandbox.addFault({ match: { operationId: "GetFlexjob" }, response: { status: 503 }, times: 1 });
  const { flexjobRequestResponseType: offer } = await client.getFlexjob("11111111-1111-4111-8111-111111111111");
  expect(offer.company.companyName).toBe("Plejecentret Solhøj");
  expect(sandbox.requests().map((r) => r.status)).toEqual([200, 503]); // newest first
});

it("answers a case that does not exist with 404 / 80002, as the reference server does", async () => {
  const error: unknown = await client.getFlexjob("99999999-9999-4999-8999-999999999999").catch((e: unknown) => e);
  expect(isFlexjobApiError(error) && [error.status, error.errorCode]).toEqual([404, 80002]);
});
