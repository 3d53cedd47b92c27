/**
 * The proxy's side of mutual TLS with the upstream: the client certificate (PEM certificate and key,
 * or PKCS#12) and the CAs the upstream's certificate must chain to (default: Node's). The files
 * are read and tried once, at start-up: a problem is a ConfigError naming the flag and the file.
 */
import { readFileSync } from "node:fs";
import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent, type AgentOptions } from "node:https";
import { createSecureContext } from "node:tls";
import { ConfigError } from "../pipeline";

export interface UpstreamTlsFiles {
  upstreamCert?: string | undefined;
  upstreamKey?: string | undefined;
  upstreamPfx?: string | undefined;
  upstreamCa?: string | undefined;
  /** Of the key or the PKCS#12 file, from the environment only. */
  upstreamPassphrase?: string | undefined;
}

/** A keep-alive agent for `url` with the client certificate of `files` (HTTPS only). */
export function upstreamAgent(url: URL, files: UpstreamTlsFiles): HttpAgent | HttpsAgent {
  const given = [files.upstreamCert, files.upstreamKey, files.upstreamPfx, files.upstreamCa].some(
    (f) => f !== undefined,
  );
  if (url.protocol !== "https:") {
    if (given)
      throw new ConfigError(
        `--upstream-cert, --upstream-key, --upstream-pfx and --upstream-ca need an https:// --upstream; got ${url.protocol}//`,
      );
    return new HttpAgent({ keepAlive: true });
  }
  const options: AgentOptions = { keepAlive: true };
  if (files.upstreamCert !== undefined) options.cert = read("--upstream-cert", files.upstreamCert);
  if (files.upstreamKey !== undefined) options.key = read("--upstream-key", files.upstreamKey);
  if (files.upstreamPfx !== undefined) options.pfx = read("--upstream-pfx", files.upstreamPfx);
  if (files.upstreamCa !== undefined) options.ca = read("--upstream-ca", files.upstreamCa);
  if (files.upstreamPassphrase !== undefined) options.passphrase = files.upstreamPassphrase;
  try {
    createSecureContext(options);
  } catch (error) {
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    throw new ConfigError(
      `cannot use the upstream client certificate (${[files.upstreamCert, files.upstreamKey, files.upstreamPfx].filter(Boolean).join(", ")}): ${reason}`,
    );
  }
  return new HttpsAgent(options);
}

function read(flag: string, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new ConfigError(
      `${flag} ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
}
