/**
 * flexjob-contract/client/node: what only Node needs. STAR serves its services only to callers
 * presenting a FOCES certificate (mutual TLS), which browsers leave to the user and Node's fetch
 * cannot present on its own. Not reached from flexjob-contract/client, which stays browser-safe.
 */
import { createSecureContext } from "node:tls";
import { Agent, fetch as undiciFetch } from "undici";

export interface ClientCertificate {
  /** PKCS#12 (.p12/.pfx) holding certificate and key, as FOCES certificates are issued. */
  pfx?: Buffer;
  /** PEM certificate (chain), with `key`, instead of `pfx`. */
  cert?: Buffer | string;
  key?: Buffer | string;
  /** Of `pfx` or `key`. */
  passphrase?: string;
  /** PEM CA certificates to trust instead of Node's default list (e.g. a test environment's). */
  ca?: Buffer | string;
}

/** A fetch that presents a client certificate; `close()` ends its connections. */
export interface CertificateFetch {
  (request: Request): Promise<Response>;
  close(): Promise<void>;
}

/**
 * A fetch for `createFlexjobClient({ fetch })` that presents `certificate` on every connection.
 * The certificate is tried at once: a wrong passphrase or a key that does not match its
 * certificate throws here (a TypeError naming the cause), not on the first call.
 *
 * It is undici's own fetch over an undici Agent: a dispatcher handed to Node's global fetch fails
 * whenever the undici Node bundles has another major version than the one installed.
 */
export function createCertificateFetch(certificate: ClientCertificate): CertificateFetch {
  let secureContext;
  try {
    // Built once, here: the Agent reuses it on every connection instead of parsing (and
    // decrypting) the certificate again per connection.
    secureContext = createSecureContext(certificate);
  } catch (error) {
    // Duck-typed: node:tls's errors come from another realm under some test runners.
    const message =
      typeof (error as { message?: unknown } | null)?.message === "string"
        ? (error as { message: string }).message
        : String(error);
    throw new TypeError(`the client certificate cannot be used: ${message}`, { cause: error });
  }
  const dispatcher = new Agent({ connect: { secureContext } });
  const certificateFetch = async (request: Request): Promise<Response> => {
    const body = request.body === null ? undefined : await request.arrayBuffer();
    const response = await undiciFetch(request.url, {
      method: request.method,
      headers: pairs(request.headers),
      body,
      signal: request.signal,
      redirect: request.redirect,
      dispatcher,
    });
    // Read whole (the service's bodies are small; the signal still bounds the read) and handed
    // back as Node's own Response, so that callers see the global class.
    const bytes = await response.arrayBuffer();
    const init = { status: response.status, statusText: response.statusText, headers: pairs(response.headers) };
    return new Response(NULL_BODY_STATUSES.has(response.status) ? null : bytes, init);
  };
  return Object.assign(certificateFetch, { close: () => dispatcher.close() });
}

/** Statuses whose Response must have no body. */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

function pairs(headers: { forEach(callback: (value: string, name: string) => void): void }): [string, string][] {
  const list: [string, string][] = [];
  headers.forEach((value, name) => list.push([name, value]));
  return list;
}
