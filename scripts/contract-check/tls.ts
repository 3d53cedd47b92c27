/**
 * Mutual TLS for the checker: STAR serves its services only to callers presenting a FOCES
 * certificate. The files named on the command line are read and tried once, before any request,
 * so a wrong path, passphrase or key gives a usage error naming the file (exit 2) rather than
 * every check failing on the handshake.
 */
import { readFileSync } from "node:fs";
import { createSecureContext, type SecureContextOptions } from "node:tls";
import { Agent, fetch as undiciFetch, type RequestInit as UndiciRequestInit } from "undici";
import { PASSPHRASE_ENV, UsageError, type TlsFiles } from "./options";

/** The part of fetch the checker uses. */
export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/** Node's fetch, or with TLS files undici's fetch over an Agent presenting them. */
export function fetchFor(tls: TlsFiles | undefined): Fetch {
  if (tls === undefined) return (url, init) => fetch(url, init);
  const dispatcher = new Agent({ connect: secureContextOptions(tls) });
  // undici's fetch is the implementation of Node's; its Request and Response types are its own.
  return (url, init) => undiciFetch(url, { ...(init as UndiciRequestInit), dispatcher }) as unknown as Promise<Response>;
}

/** The files' contents as TLS options, tried once with createSecureContext. */
export function secureContextOptions(tls: TlsFiles): SecureContextOptions {
  const options: SecureContextOptions = {};
  if (tls.certFile !== undefined) options.cert = read("--cert", tls.certFile);
  if (tls.keyFile !== undefined) options.key = read("--key", tls.keyFile);
  if (tls.pfxFile !== undefined) options.pfx = read("--pfx", tls.pfxFile);
  if (tls.caFile !== undefined) options.ca = caCertificates(tls.caFile);
  if (tls.passphrase !== undefined) options.passphrase = tls.passphrase;
  try {
    createSecureContext(options);
  } catch (error) {
    const named = [tls.pfxFile && `--pfx ${tls.pfxFile}`, tls.certFile && `--cert ${tls.certFile}`, tls.keyFile && `--key ${tls.keyFile}`, tls.caFile && `--ca ${tls.caFile}`]
      .filter(Boolean)
      .join(", ");
    const reason = error instanceof Error ? error.message : String(error);
    const hint = tls.passphrase === undefined ? ` (encrypted? set ${PASSPHRASE_ENV})` : ` (is ${PASSPHRASE_ENV} right?)`;
    throw new UsageError(`cannot use ${named}: ${reason}${/mac verify|bad decrypt|passphrase|decrypt/i.test(reason) ? hint : ""}`);
  }
  return options;
}

/** Node takes CAs as PEM and ignores anything else in the file, so a file without one is an error. */
function caCertificates(file: string): Buffer {
  const pem = read("--ca", file);
  if (!pem.toString("latin1").includes("-----BEGIN CERTIFICATE-----")) throw new UsageError(`--ca ${file} holds no PEM certificate`);
  return pem;
}

function read(flag: string, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new UsageError(`${flag} cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
