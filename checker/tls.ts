/**
 * Mutual TLS for the checker: STAR serves its services only to callers presenting a FOCES
 * certificate. The files named on the command line are read and tried once, before any request,
 * so a wrong path, passphrase or key gives a usage error naming the file (exit 2) rather than
 * every check failing on the handshake. The fetch is the client's createCertificateFetch.
 */
import { readFileSync } from "node:fs";
import { createCertificateFetch, type ClientCertificate } from "../client/node";
import type { Fetch } from "./http";
import { PASSPHRASE_ENV, type TlsFiles } from "./tls-files";
import { UsageError } from "./usage-error";

/** Node's fetch, or with TLS files one presenting them. */
export function fetchFor(tls: TlsFiles | undefined): Fetch {
  if (tls === undefined) return (url, init) => fetch(url, init);
  const certificate = readCertificate(tls);
  let certificateFetch;
  try {
    certificateFetch = createCertificateFetch(certificate);
  } catch (error) {
    const named = [
      tls.pfxFile && `--pfx ${tls.pfxFile}`,
      tls.certFile && `--cert ${tls.certFile}`,
      tls.keyFile && `--key ${tls.keyFile}`,
      tls.caFile && `--ca ${tls.caFile}`,
    ]
      .filter(Boolean)
      .join(", ");
    // createCertificateFetch's TypeError names the cause after its prefix.
    const reason =
      error instanceof Error ? error.message.replace(/^the client certificate cannot be used: /, "") : String(error);
    const hint =
      tls.passphrase === undefined ? ` (encrypted? set ${PASSPHRASE_ENV})` : ` (is ${PASSPHRASE_ENV} right?)`;
    throw new UsageError(`cannot use ${named}: ${reason}${/mac verify|decrypt|passphrase/i.test(reason) ? hint : ""}`);
  }
  return (url, init) => certificateFetch(new Request(url, init));
}

function readCertificate(tls: TlsFiles): ClientCertificate {
  const certificate: ClientCertificate = {};
  if (tls.certFile !== undefined) certificate.cert = read("--cert", tls.certFile);
  if (tls.keyFile !== undefined) certificate.key = read("--key", tls.keyFile);
  if (tls.pfxFile !== undefined) certificate.pfx = read("--pfx", tls.pfxFile);
  if (tls.caFile !== undefined) certificate.ca = caCertificates(tls.caFile);
  if (tls.passphrase !== undefined) certificate.passphrase = tls.passphrase;
  return certificate;
}

/** Node takes CAs as PEM and ignores anything else in the file, so a file without one is an error. */
function caCertificates(file: string): Buffer {
  const pem = read("--ca", file);
  if (!pem.toString("latin1").includes("-----BEGIN CERTIFICATE-----"))
    throw new UsageError(`--ca ${file} holds no PEM certificate`);
  return pem;
}

function read(flag: string, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new UsageError(`${flag} cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
