/**
 * `npm run sandbox:certs -- DIR` (bin flexjob-sandbox-certs): writes the sandbox's test
 * certificates to DIR. Exit codes: 0 written, 2 bad usage or a file that would be overwritten
 * (without --force) or cannot be written.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { packageVersion } from "../config/package-version";
import { DEFAULT_PASSPHRASE, makeSandboxCertificates, type SandboxCertificates } from "./sandbox-set";

const NAME = "flexjob-sandbox-certs";
/** The environment variable that sets the PKCS#12 passphrase (never a flag, which `ps` would show). */
export const PASSPHRASE_ENV = "FLEXJOB_SANDBOX_CERTS_PASSPHRASE";

export const HELP = `Usage: ${NAME} DIR [--force] | --version | --help

Writes TEST certificates with fictitious data for the reference server's HTTPS sandbox to DIR:
  ca.crt                          the test CA (give it to --tls-ca, and to clients as the CA to trust)
  server.crt, server.key          for localhost and 127.0.0.1 (--tls-cert, --tls-key)
  client-<CVR>.crt, .key, .p12    OCES3-shaped organisation certificates for 12345674, 22222228
                                  and 11111114 (organizationIdentifier NTRDK-<CVR>)
Keys are unencrypted PEM; the .p12 files are encrypted with the passphrase "${DEFAULT_PASSPHRASE}",
or with $${PASSPHRASE_ENV} when set. Existing files are kept unless --force.
`;

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export interface WriteResult {
  files: string[];
}

/** The files of a certificate set, by name. */
export function sandboxFiles({ ca, server, clients }: SandboxCertificates): Map<string, string | Buffer> {
  const files = new Map<string, string | Buffer>([
    ["ca.crt", ca.cert],
    ["server.crt", server.cert],
    ["server.key", server.key],
  ]);
  for (const client of clients) {
    files.set(`client-${client.cvr}.crt`, client.cert);
    files.set(`client-${client.cvr}.key`, client.key);
    files.set(`client-${client.cvr}.p12`, client.p12);
  }
  return files;
}

/** Writes the sandbox certificates to `dir`; throws a UsageError naming the rule and the file. */
export function writeSandboxCertificates(dir: string, options: { force: boolean; passphrase: string }): WriteResult {
  const files = sandboxFiles(makeSandboxCertificates(options.passphrase));
  const existing = [...files.keys()].map((name) => path.join(dir, name)).filter((file) => existsSync(file));
  if (existing.length > 0 && !options.force)
    throw new UsageError(`${existing[0]} exists; give --force to replace the certificates in ${dir}`);
  try {
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of files) {
      // Keys and key stores readable by their owner only, as real ones should be.
      const mode = name.endsWith(".crt") ? 0o644 : 0o600;
      writeFileSync(path.join(dir, name), content, { mode });
    }
  } catch (error) {
    throw new UsageError(`cannot write to ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return { files: [...files.keys()].map((name) => path.join(dir, name)) };
}

export function parseCommand(argv: readonly string[], env: NodeJS.ProcessEnv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { force: { type: "boolean" }, help: { type: "boolean", short: "h" }, version: { type: "boolean" } },
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message} (see --help)`);
  }
  if (parsed.values.help) return { help: true as const, text: HELP };
  if (parsed.values.version) return { help: true as const, text: `${packageVersion()}\n` };
  if (parsed.positionals.length !== 1) throw new UsageError("give exactly one directory, e.g. .sandbox-certs");
  const passphrase = env[PASSPHRASE_ENV] ?? DEFAULT_PASSPHRASE;
  if (passphrase === "") throw new UsageError(`${PASSPHRASE_ENV} must not be empty (unset it for "sandbox")`);
  return { help: false as const, dir: parsed.positionals[0]!, force: parsed.values.force ?? false, passphrase };
}

export function runCli(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): void {
  try {
    const command = parseCommand(argv, env);
    if (command.help) {
      process.stdout.write(command.text);
      return;
    }
    const { files } = writeSandboxCertificates(command.dir, command);
    process.stdout.write(`${NAME}: wrote TEST certificates (fictitious data) to ${command.dir}:\n`);
    for (const file of files) process.stdout.write(`  ${file}\n`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${NAME}: ${error.message}\n`);
    process.exitCode = 2;
  }
}

if (require.main === module) runCli();
