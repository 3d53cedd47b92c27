/**
 * The sandbox's test certificates: a test CA, a server certificate for localhost and 127.0.0.1,
 * and an OCES3-shaped organisation certificate for each sandbox organisation. Every name says
 * TEST and every organisation is fictitious; nothing here is trusted anywhere but in the sandbox.
 */
import { issue, toPkcs12, type Issued, type SubjectAttribute } from "./issue";

/** The sandbox organisations (README, "Sandbox cases"), by CVR. All fictitious. */
export const SANDBOX_ORGANISATIONS = [
  { cvr: "12345674", name: "Plejecentret Solhøj" },
  { cvr: "22222228", name: "Jobbro Rådgivning ApS" },
  { cvr: "11111114", name: "Vestkystens Cykelværksted ApS" },
] as const;

/** The PKCS#12 passphrase unless FLEXJOB_SANDBOX_CERTS_PASSPHRASE says otherwise. */
export const DEFAULT_PASSPHRASE = "sandbox";

/** How long the certificates are valid: long enough for a sandbox, short enough to look like OCES3 (3 years). */
export const VALIDITY_DAYS = 3 * 365;

const MARK = "TEST certificate with fictitious data (flexjob-contract sandbox)";

export interface ClientCertificateFiles {
  cvr: string;
  cert: string;
  key: string;
  /** PKCS#12 of cert, key and the CA, under the passphrase. */
  p12: Buffer;
}

export interface SandboxCertificates {
  ca: Issued;
  server: Issued;
  clients: ClientCertificateFiles[];
}

/** An OCES3 organisation certificate's subject: organizationIdentifier (OID 2.5.4.97) NTRDK-<CVR>. */
export function oces3Subject(cvr: string, name: string): SubjectAttribute[] {
  return [
    { name: "countryName", value: "DK" },
    { name: "organizationName", value: `${name} (TEST)` },
    { type: "2.5.4.97", value: `NTRDK-${cvr}` },
    { name: "organizationalUnitName", value: MARK },
    { name: "commonName", value: `TEST ${name} system certificate` },
  ];
}

export function makeTestCa(): Issued {
  const subject = [
    { name: "countryName", value: "DK" },
    { name: "organizationName", value: "flexjob-contract sandbox (TEST)" },
    { name: "organizationalUnitName", value: MARK },
    { name: "commonName", value: "flexjob-contract TEST CA" },
  ];
  return issue({ subject, profile: { kind: "ca" }, days: VALIDITY_DAYS });
}

/** A client certificate from `ca` with any subject (the sandbox set is OCES3; tests try others). */
export function makeClientCertificate(ca: Issued, subject: SubjectAttribute[]): Issued {
  return issue({ subject, profile: { kind: "client" }, days: VALIDITY_DAYS, issuer: ca });
}

export function makeSandboxCertificates(passphrase: string = DEFAULT_PASSPHRASE): SandboxCertificates {
  const ca = makeTestCa();
  const server = issue({
    subject: [
      { name: "organizationalUnitName", value: MARK },
      { name: "commonName", value: "localhost" },
    ],
    profile: { kind: "server", dnsNames: ["localhost"], ips: ["127.0.0.1"] },
    days: VALIDITY_DAYS,
    issuer: ca,
  });
  const clients = SANDBOX_ORGANISATIONS.map(({ cvr, name }) => {
    const client = makeClientCertificate(ca, oces3Subject(cvr, name));
    return { cvr, cert: client.cert, key: client.key, p12: toPkcs12(client, ca, passphrase, `TEST ${cvr}`) };
  });
  return { ca, server, clients };
}
