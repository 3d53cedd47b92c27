/** The TLS files named on the command line, as the options carry them until tls.ts reads and tries them. */

/** The environment variable holding the passphrase of --key or --pfx. */
export const PASSPHRASE_ENV = "FLEXJOB_CHECK_PASSPHRASE";

/** Files named on the command line; read and tried by fetchFor (tls.ts) when the run starts. */
export interface TlsFiles {
  /** PEM certificate (chain), with `keyFile`. */
  certFile?: string;
  keyFile?: string;
  /** PKCS#12 (.p12/.pfx) holding certificate and key, as FOCES certificates are issued. */
  pfxFile?: string;
  /** PEM CA certificates to trust instead of Node's default list. */
  caFile?: string;
  /** Of `keyFile` or `pfxFile`, from the environment (never a flag, which `ps` would show). */
  passphrase?: string;
}
