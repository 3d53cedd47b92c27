// The README's first call, compiled by `npm run typecheck`. Keep the README block identical to this
// file from the import on, with the import as a consumer writes it.
import { createFlexjobClient } from "../../client"; // README: from "flexjob-contract/client"

const client = createFlexjobClient({
  baseUrl: "http://127.0.0.1:8080", // `npm start`; STAR's address in production
  organisation: { organisationTypeIdentifier: 24, organisationCode: "12345674" }, // the company (CVR) you act for
});

client
  .getFlexjob("11111111-1111-4111-8111-111111111111")
  .then(({ flexjobRequestResponseType: offer }) => console.log(offer.company.companyName)) // Plejecentret Solhøj
  .catch((error: unknown) => console.error(error)); // FlexjobApiError: status, errorCode, requestId
