/**
 * The HTTPS settings from the files named by --tls-cert/--tls-key, --tls-pfx and --tls-ca, read
 * and tried once at start-up: a file that cannot be read or used is a ConfigError naming the flag,
 * the file and what is wrong (exit 2), never a server that fails on its first handshake.
 */
import { readFileSync } from "node:fs";
import type { ServerOptions } from "node:https";
import { createSecureContext } from "node:tls";
import { ConfigError } from "../pipeline";
import { TLS_PASSPHRASE_ENV, type ServerConfig } from "./server-config";

export type TlsFileSettings = Pick<ServerConfig, "tlsCert" | "tlsKey" | "tlsPfx" | "tlsCa" | "tlsPassphrase">;

const PEM_CERTIFICATE = "-----BEGIN CERTIFICATE-----";
const PEM_KEY = /-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/;

/** The options of https.createServer, or undefined for plain HTTP; throws ConfigError. */
export function loadTlsOptions(settings: TlsFileSettings): ServerOptions | undefined {
  const { tlsCert, tlsKey, tlsPfx, tlsCa, tlsPassphrase } = settings;
  if (tlsCert === undefined && tlsPfx === undefined) return undefined;
  const options: ServerOptions = {};
  if (tlsCert !== undefined) options.cert = pem("--tls-cert", tlsCert, PEM_CERTIFICATE, "PEM certificate");
  if (tlsKey !== undefined) options.key = pem("--tls-key", tlsKey, PEM_KEY, "PEM private key");
  if (tlsPfx !== undefined) options.pfx = read("--tls-pfx", tlsPfx);
  if (tlsPassphrase !== undefined) options.passphrase = tlsPassphrase;
  if (tlsCa !== undefined) {
    // Only a certificate from one of these CAs completes the handshake.
    Object.assign(options, { ca: pem("--tls-ca", tlsCa, PEM_CERTIFICATE, "PEM certificate"), requestCert: true });
    options.rejectUnauthorized = true;
  }
  tryOut(options, settings);
  return options;
}

function read(flag: string, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new ConfigError(`${flag} ${file} cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function pem(flag: string, file: string, marker: string | RegExp, what: string): Buffer {
  const content = read(flag, file);
  const text = content.toString("latin1");
  if (typeof marker === "string" ? !text.includes(marker) : !marker.test(text))
    throw new ConfigError(`${flag} ${file} holds no ${what}`);
  return content;
}

/** Builds the TLS context once, as the server will, and names the files when that fails. */
function tryOut(options: ServerOptions, settings: TlsFileSettings): void {
  try {
    createSecureContext(options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`cannot serve HTTPS with ${named(settings, reason)}: ${explain(reason)}`);
  }
}

function named(settings: TlsFileSettings, reason: string): string {
  const { tlsCert, tlsKey, tlsPfx, tlsCa } = settings;
  // A CA error names the CA file alone; anything else the certificate and key it concerns.
  if (tlsCa !== undefined && /\bca\b|x509|PEM lib/i.test(reason) && !/key/i.test(reason)) return `--tls-ca ${tlsCa}`;
  if (tlsPfx !== undefined) return `--tls-pfx ${tlsPfx}`;
  return `--tls-cert ${tlsCert} and --tls-key ${tlsKey}`;
}

function explain(reason: string): string {
  if (/key values mismatch/i.test(reason)) return "the key does not belong to the certificate";
  if (/bad decrypt|mac verify|passphrase|interrupted or cancelled/i.test(reason))
    return `it cannot be decrypted (${reason}); is ${TLS_PASSPHRASE_ENV} right?`;
  return reason;
}
