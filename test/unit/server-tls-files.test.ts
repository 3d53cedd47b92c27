/**
 * The TLS files of --tls-cert/--tls-key/--tls-pfx/--tls-ca are read and tried at start-up: each
 * problem is a ConfigError (exit 2) naming the flag, the file and what is wrong.
 */
import { writeFileSync } from "node:fs";
import { ConfigError } from "../../server/config";
import { loadTlsOptions, type TlsFileSettings } from "../../server/config/tls-files";
import { writeSandboxCertificateDir, type SandboxCertificateDir } from "../fixtures/sandbox-tls";

// Key generation and the validators take seconds on a shared machine.
jest.setTimeout(60_000);

let certs: SandboxCertificateDir;
let f: (name: string) => string;

beforeAll(() => {
  certs = writeSandboxCertificateDir();
  f = (name) => certs.file(name);
  writeFileSync(f("notes.txt"), "not a certificate\n");
});

afterAll(() => certs.remove());

const none: TlsFileSettings = {
  tlsCert: undefined,
  tlsKey: undefined,
  tlsPfx: undefined,
  tlsCa: undefined,
  tlsPassphrase: undefined,
};

describe("loadTlsOptions", () => {
  it("gives no options (plain HTTP) without a certificate", () => {
    expect(loadTlsOptions(none)).toBeUndefined();
  });

  it("demands a verified client certificate when --tls-ca is given", () => {
    const options = loadTlsOptions({ ...none, tlsCert: f("server.crt"), tlsKey: f("server.key"), tlsCa: f("ca.crt") });
    expect(options).toMatchObject({ requestCert: true, rejectUnauthorized: true });
  });

  it("takes a PKCS#12 file with its passphrase", () => {
    const options = loadTlsOptions({ ...none, tlsPfx: f("client-12345674.p12"), tlsPassphrase: "sandbox" });
    expect(options?.pfx).toBeInstanceOf(Buffer);
  });

  it.each<{ name: string; settings: () => TlsFileSettings; message: () => string }>([
    {
      name: "a missing certificate file",
      settings: () => ({ ...none, tlsCert: f("missing.crt"), tlsKey: f("server.key") }),
      message: () => `--tls-cert ${f("missing.crt")} cannot be read: ENOENT`,
    },
    {
      name: "a certificate file without a PEM certificate",
      settings: () => ({ ...none, tlsCert: f("notes.txt"), tlsKey: f("server.key") }),
      message: () => `--tls-cert ${f("notes.txt")} holds no PEM certificate`,
    },
    {
      name: "a key file without a PEM key",
      settings: () => ({ ...none, tlsCert: f("server.crt"), tlsKey: f("server.crt") }),
      message: () => `--tls-key ${f("server.crt")} holds no PEM private key`,
    },
    {
      name: "a key of another certificate",
      settings: () => ({ ...none, tlsCert: f("server.crt"), tlsKey: f("client-12345674.key") }),
      message: () =>
        `cannot serve HTTPS with --tls-cert ${f("server.crt")} and --tls-key ${f("client-12345674.key")}: ` +
        "the key does not belong to the certificate",
    },
    {
      name: "a PKCS#12 file with the wrong passphrase",
      settings: () => ({ ...none, tlsPfx: f("client-12345674.p12"), tlsPassphrase: "wrong" }),
      message: () => `cannot serve HTTPS with --tls-pfx ${f("client-12345674.p12")}: it cannot be decrypted`,
    },
    {
      name: "a CA file without a PEM certificate",
      settings: () => ({ ...none, tlsCert: f("server.crt"), tlsKey: f("server.key"), tlsCa: f("server.key") }),
      message: () => `--tls-ca ${f("server.key")} holds no PEM certificate`,
    },
  ])("throws a ConfigError naming $name", ({ settings, message }) => {
    expect(() => loadTlsOptions(settings())).toThrow(ConfigError);
    expect(() => loadTlsOptions(settings())).toThrow(message());
  });
});
