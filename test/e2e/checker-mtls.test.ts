/**
 * The checker over mutual TLS, as STAR serves its services: the reference server behind an HTTPS
 * server that demands a client certificate from a test CA (test/fixtures/tls, fictitious). With
 * --cert/--key or --pfx every check passes; without a certificate the URL is unreachable (exit 2);
 * a file that cannot be read or used is a usage error naming it (exit 2).
 */
import { createApp } from "../../server/sandbox/create-app";
import { parseCommand, PASSPHRASE_ENV, UsageError } from "../../checker/options";
import { runContractCheck, Unreachable } from "../../checker/run";
import { runCli, summaryOf } from "../broken-servers/cli";
import { startMutualTlsServer, tlsFile as file, type MutualTlsServer } from "../fixtures/tls-server";

let server: MutualTlsServer;
let baseUrl: string;

beforeAll(async () => {
  server = await startMutualTlsServer(createApp({ validateResponses: true }));
  baseUrl = server.baseUrl;
});

afterAll(async () => {
  await server.close();
});

function optionsOf(args: readonly string[], env: Record<string, string> = {}) {
  const command = parseCommand(["--base-url", baseUrl, "--seed", "42", "--runs", "3", ...args], () => 0, env);
  if (command.print) throw new Error("unexpected --help");
  return command.options;
}

describe("flexjob-contract-check against a server that demands a client certificate", () => {
  it("passes every check with --cert and --key (and --ca for the server's test CA)", async () => {
    const report = await runContractCheck(
      optionsOf(["--ca", file("ca.crt"), "--cert", file("client.crt"), "--key", file("client.key")]),
    );
    expect(report.results.filter((r) => r.status === "failed").map((r) => `${r.name}: ${r.reason}`)).toEqual([]);
    expect(report.passed).toBe(55);
  });

  it(`passes every check with --pfx and its passphrase from ${PASSPHRASE_ENV}, also through the bin`, async () => {
    const report = await runContractCheck(
      optionsOf(["--ca", file("ca.crt"), "--pfx", file("client.p12")], { [PASSPHRASE_ENV]: "test-only" }),
    );
    expect(report.failed).toBe(0);
    const run = await runCli(
      ["--base-url", baseUrl, "--runs", "2", "--ca", file("ca.crt"), "--pfx", file("client.p12")],
      { [PASSPHRASE_ENV]: "test-only" },
    );
    expect({ code: run.code, summary: summaryOf(run.stdout) }).toEqual({
      code: 0,
      summary: "55 passed, 0 failed, 0 skipped",
    });
  });

  it("without a client certificate, the URL is unreachable: exit 2 naming the URL", async () => {
    await expect(runContractCheck(optionsOf(["--ca", file("ca.crt")]))).rejects.toThrow(Unreachable);
    const run = await runCli(["--base-url", baseUrl, "--ca", file("ca.crt")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^flexjob-contract-check: cannot reach --base-url ${baseUrl}: `));
    expect(run.stdout).toBe("");
  });

  it("without --ca, the test CA's server certificate is not trusted: exit 2", async () => {
    const run = await runCli(["--base-url", baseUrl, "--cert", file("client.crt"), "--key", file("client.key")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot reach --base-url .*certificate/i);
  });

  it.each<{ args: string[]; env: Record<string, string>; want: string }>([
    { args: ["--pfx", file("client.p12")], env: {}, want: `cannot use --pfx ${file("client.p12")}: ` },
    {
      args: ["--pfx", file("client.p12")],
      env: { [PASSPHRASE_ENV]: "wrong" },
      want: `cannot use --pfx ${file("client.p12")}: mac verify failure (is ${PASSPHRASE_ENV} right?)`,
    },
    {
      args: ["--cert", file("client.crt"), "--key", file("server.key")],
      env: {},
      want: `cannot use --cert ${file("client.crt")}, --key ${file("server.key")}: `,
    },
    {
      args: ["--cert", file("client.crt"), "--key", file("missing.key")],
      env: {},
      want: `--key cannot read ${file("missing.key")}: ENOENT`,
    },
    { args: ["--ca", file("client.key")], env: {}, want: `--ca ${file("client.key")} holds no PEM certificate` },
  ])("a file it cannot use is a usage error naming it: $want", async ({ args, env, want }) => {
    await expect(runContractCheck(optionsOf(args, env))).rejects.toThrow(UsageError);
    const run = await runCli(["--base-url", baseUrl, ...args], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(want);
  });
});
