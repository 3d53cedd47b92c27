/**
 * The HTTPS round trip of docs/https-and-redis.md, as a user runs it: the certificates made by
 * the flexjob-sandbox-certs bin, the reference server started by its bin with
 * `--tls-cert/--tls-key/--tls-ca --auth certificate`, then the typed client's example
 * (test/readme/sandbox-https.ts) and the contract checker with `--cert/--key/--ca` against it.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli, summaryOf } from "../broken-servers/cli";
import { ROOT } from "../fixtures/server-kit";
import { startServer, type ServerProcess } from "../fixtures/server-process";

jest.setTimeout(120_000);

const CERTS_CLI = ["--require", require.resolve("tsx/cjs"), path.join(ROOT, "server", "sandbox-certs", "cli.ts")];
const EXAMPLE = path.join(ROOT, "test", "readme", "sandbox-https.ts");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

let dir: string;
let server: ServerProcess;
let url: string;

function run(file: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(file, args, { env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  dir = path.join(mkdtempSync(path.join(tmpdir(), "flexjob-round-trip-")), "sandbox-certs");
  const made = await run(process.execPath, [...CERTS_CLI, dir]);
  expect(made).toMatchObject({ code: 0, stderr: "" });
  const file = (name: string): string => path.join(dir, name);
  server = startServer([
    "--port",
    "0",
    "--tls-cert",
    file("server.crt"),
    "--tls-key",
    file("server.key"),
    "--tls-ca",
    file("ca.crt"),
    "--auth",
    "certificate",
  ]);
  url = (await server.line((l) => typeof l.url === "string")).url as string;
});

afterAll(async () => {
  server.child.kill("SIGTERM");
  await server.exited;
  rmSync(path.dirname(dir), { recursive: true, force: true });
});

describe("the HTTPS round trip of docs/https-and-redis.md", () => {
  it("serves https and demands client certificates, as the start-up line says", async () => {
    expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(await server.line((l) => typeof l.url === "string")).toMatchObject({
      auth: "certificate",
      clientCertificates: "required",
    });
  });

  it("reads case 1 with the company's certificate and gets 403 / 4575 with another organisation's (typed client)", async () => {
    const example = await run(TSX, [EXAMPLE], { CERTS: dir, FLEXJOB_URL: url.replace("127.0.0.1", "localhost") });
    expect(example).toEqual({
      code: 0,
      stdout: "12345674: 200 Plejecentret Solhøj\n11111114: 403 / 4575\n",
      stderr: "",
    });
  });

  it("passes every check of the contract checker with --cert/--key/--ca", async () => {
    const file = (name: string): string => path.join(dir, name);
    const checker = await runCli([
      "--base-url",
      url,
      "--runs",
      "3",
      "--ca",
      file("ca.crt"),
      "--cert",
      file("client-12345674.crt"),
      "--key",
      file("client-12345674.key"),
    ]);
    expect({ code: checker.code, summary: summaryOf(checker.stdout) }).toEqual({
      code: 0,
      summary: "55 passed, 0 failed, 0 skipped",
    });
  });

  it("refuses the handshake without a certificate: the checker cannot reach the URL (exit 2)", async () => {
    const checker = await runCli(["--base-url", url, "--ca", path.join(dir, "ca.crt")]);
    expect(checker.code).toBe(2);
    expect(checker.stderr).toContain(`cannot reach --base-url ${url}`);
  });
});
