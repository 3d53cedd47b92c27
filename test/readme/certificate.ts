// The README's example of calling STAR with a FOCES certificate, compiled by `npm run typecheck`.
// Keep the README block identical to this file from the first import on.
import { readFileSync } from "node:fs";
import { createFlexjobClient } from "../../client"; // README: from "flexjob-contract/client"
import { createCertificateFetch } from "../../client/node"; // README: from "flexjob-contract/client/node"

// Presents the certificate on every connection to the service; a wrong passphrase throws here.
const foces = createCertificateFetch({
  pfx: readFileSync(process.env.FOCES_P12 ?? "foces.p12"),
  passphrase: process.env.FOCES_PASSPHRASE ?? "",
});

export const star = createFlexjobClient({
  baseUrl: process.env.FLEXJOB_URL ?? "https://star.example/flexjob", // the address STAR gives you
  organisation: { organisationTypeIdentifier: 24, organisationCode: "12345674" }, // your CVR
  fetch: foces,
});

// When done: `await foces.close()` ends its connections.
