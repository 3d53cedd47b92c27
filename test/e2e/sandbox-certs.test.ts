/**
 * `flexjob-sandbox-certs DIR` (npm run sandbox:certs): the files it writes, what they hold, and
 * its refusals. The certificates are checked with node:crypto and node:tls, not with the library
 * that made them.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { X509Certificate } from "node:crypto";
import { createSecureContext } from "node:tls";
import { PACKAGE_VERSION, ROOT } from "../fixtures/server-kit";

jest.setTimeout(60_000);

// The TypeScript source, as `npm run sandbox:certs` runs it; the compiled bin runs in client-pack.test.ts.
const CLI = ["--require", require.resolve("tsx/cjs"), path.join(ROOT, "server", "sandbox-certs", "cli.ts")];
let parent: string;

beforeAll(() => {
  parent = mkdtempSync(path.join(tmpdir(), "flexjob-sandbox-certs-"));
});

afterAll(() => rmSync(parent, { recursive: true, force: true }));

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [...CLI, ...args],
      { env: { PATH: process.env.PATH, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr }),
    );
  });
}

const ORGANISATIONS = ["12345674", "22222228", "11111114"];

describe("flexjob-sandbox-certs DIR", () => {
  let dir: string;
  const file = (name: string): string => path.join(dir, name);
  const certificate = (name: string): X509Certificate => new X509Certificate(readFileSync(file(name)));

  beforeAll(async () => {
    dir = path.join(parent, "made");
    expect(await run([dir])).toMatchObject({ code: 0, stderr: "" });
  });

  it("writes the CA, the server certificate and PEM and PKCS#12 client certificates, keys readable by the owner only", () => {
    const clientFiles = ORGANISATIONS.flatMap((cvr) => ["crt", "key", "p12"].map((ext) => `client-${cvr}.${ext}`));
    expect(readdirSync(dir).sort()).toEqual(["ca.crt", "server.crt", "server.key", ...clientFiles].sort());
    expect(statSync(file("server.key")).mode & 0o777).toBe(0o600);
    expect(statSync(file("client-12345674.p12")).mode & 0o777).toBe(0o600);
  });

  it("makes a CA that issued every other certificate, all marked as TEST certificates", () => {
    const ca = certificate("ca.crt");
    expect(ca.ca).toBe(true);
    for (const name of ["server.crt", ...ORGANISATIONS.map((cvr) => `client-${cvr}.crt`)]) {
      expect(certificate(name).verify(ca.publicKey)).toBe(true);
      expect(certificate(name).subject).toContain("OU=TEST certificate with fictitious data");
    }
  });

  it("makes a server certificate for localhost and 127.0.0.1", () => {
    const server = certificate("server.crt");
    expect(server.subjectAltName).toBe("DNS:localhost, IP Address:127.0.0.1");
    expect(server.checkHost("localhost")).toBe("localhost");
    expect(server.checkIP("127.0.0.1")).toBe("127.0.0.1");
  });

  it.each(ORGANISATIONS)(
    "makes an OCES3-shaped client certificate for %s, PEM and PKCS#12 (passphrase sandbox)",
    (cvr) => {
      expect(certificate(`client-${cvr}.crt`).subject).toContain(`organizationIdentifier=NTRDK-${cvr}`);
      expect(certificate(`client-${cvr}.crt`).keyUsage).toContain("1.3.6.1.5.5.7.3.2"); // clientAuth
      expect(() =>
        createSecureContext({
          cert: readFileSync(file(`client-${cvr}.crt`)),
          key: readFileSync(file(`client-${cvr}.key`)),
        }),
      ).not.toThrow();
      expect(() =>
        createSecureContext({ pfx: readFileSync(file(`client-${cvr}.p12`)), passphrase: "sandbox" }),
      ).not.toThrow();
      expect(() =>
        createSecureContext({ pfx: readFileSync(file(`client-${cvr}.p12`)), passphrase: "wrong" }),
      ).toThrow();
    },
  );

  it("keeps existing files: exit 2 naming the first, unless --force", async () => {
    const again = await run([dir]);
    expect(again).toEqual({
      code: 2,
      stdout: "",
      stderr: `flexjob-sandbox-certs: ${file("ca.crt")} exists; give --force to replace the certificates in ${dir}\n`,
    });
    const before = readFileSync(file("ca.crt"), "utf8");
    expect((await run([dir, "--force"])).code).toBe(0);
    expect(readFileSync(file("ca.crt"), "utf8")).not.toBe(before);
  });
});

describe("flexjob-sandbox-certs with FLEXJOB_SANDBOX_CERTS_PASSPHRASE", () => {
  it("encrypts the PKCS#12 files with that passphrase", async () => {
    const dir = path.join(parent, "own-passphrase");
    expect((await run([dir], { FLEXJOB_SANDBOX_CERTS_PASSPHRASE: "correct horse" })).code).toBe(0);
    const pfx = readFileSync(path.join(dir, "client-22222228.p12"));
    expect(() => createSecureContext({ pfx, passphrase: "correct horse" })).not.toThrow();
    expect(() => createSecureContext({ pfx, passphrase: "sandbox" })).toThrow();
  });
});

describe("flexjob-sandbox-certs --version", () => {
  it("prints the package's version and exits 0", async () => {
    await expect(run(["--version"])).resolves.toEqual({ code: 0, stdout: `${PACKAGE_VERSION}\n`, stderr: "" });
  });
});

describe("flexjob-sandbox-certs with bad usage", () => {
  it.each([
    { args: [], env: {}, message: "give exactly one directory, e.g. .sandbox-certs" },
    { args: ["a", "b"], env: {}, message: "give exactly one directory, e.g. .sandbox-certs" },
    { args: ["x", "--bogus"], env: {}, message: "Unknown option '--bogus'" },
    {
      args: ["x"],
      env: { FLEXJOB_SANDBOX_CERTS_PASSPHRASE: "" },
      message: 'FLEXJOB_SANDBOX_CERTS_PASSPHRASE must not be empty (unset it for "sandbox")',
    },
  ])("$args $env: exit 2, $message", async ({ args, env, message }) => {
    const result = await run(args, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`flexjob-sandbox-certs: ${message}`);
  });
});
