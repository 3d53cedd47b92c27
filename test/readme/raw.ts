// The createRawClient example of docs/client.md, compiled by `npm run typecheck`. Keep the docs
// block identical to this file from the first import on, with the import as a consumer writes it.
import { createRawClient } from "../../client/raw"; // README: from "flexjob-contract/client/raw"

const raw = createRawClient({
  baseUrl: "http://127.0.0.1:8080",
  organisation: { organisationTypeIdentifier: 24, organisationCode: "12345674" }, // added to the body below
});

export async function readOfferRaw(): Promise<void> {
  const { data, error, response } = await raw.POST("/Flexjob/GetFlexjob", {
    params: { header: { "x-requestId": crypto.randomUUID() } },
    body: { getCaseElementRequestType: { caseElementIdentifier: "11111111-1111-4111-8111-111111111111" } },
  });
  if (data) console.log(data.flexjobRequestResponseType.company.companyName);
  else console.log(response.status, error); // the Problem body, typed
}
