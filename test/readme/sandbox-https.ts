// The HTTPS round trip of docs/https-and-redis.md with the typed client: compiled by `npm run
// typecheck`, run by test/e2e/sandbox-https-round-trip.test.ts. Keep the docs block identical to
// this file from the first import on.
import { readFileSync } from "node:fs";
import { createFlexjobClient, isFlexjobApiError } from "../../client"; // README: from "flexjob-contract/client"
import { createCertificateFetch } from "../../client/node"; // README: from "flexjob-contract/client/node"

const certs = process.env.CERTS ?? ".sandbox-certs";
const baseUrl = process.env.FLEXJOB_URL ?? "https://localhost:8443";

/** Reads case 1 presenting the sandbox certificate of `cvr`; no activeOrganisationHeader needed. */
async function readCase1As(cvr: string): Promise<string> {
  const fetch = createCertificateFetch({
    pfx: readFileSync(`${certs}/client-${cvr}.p12`),
    passphrase: process.env.FLEXJOB_SANDBOX_CERTS_PASSPHRASE ?? "sandbox",
    ca: readFileSync(`${certs}/ca.crt`), // trust the sandbox's test CA
  });
  const client = createFlexjobClient({ baseUrl, fetch });
  try {
    const offer = await client.getFlexjob("11111111-1111-4111-8111-111111111111");
    return `${cvr}: 200 ${offer.flexjobRequestResponseType.company.companyName}`;
  } catch (error) {
    if (isFlexjobApiError(error)) return `${cvr}: ${error.status} / ${error.errorCode}`;
    throw error;
  } finally {
    await fetch.close();
  }
}

async function main(): Promise<void> {
  console.log(await readCase1As("12345674")); // 12345674: 200 Plejecentret Solhøj
  console.log(await readCase1As("11111114")); // 11111114: 403 / 4575
}

void main();
