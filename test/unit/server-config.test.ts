import { CONFIG_DEFAULTS, ConfigError, parseConfig, usage, type ServerConfig } from "../../server/config";

function configOf(argv: string[], env: NodeJS.ProcessEnv = {}): ServerConfig {
  const parsed = parseConfig(argv, env);
  if (parsed.print) throw new Error(`unexpected --${parsed.print}`);
  return parsed.config;
}

describe("parseConfig", () => {
  describe("with nothing given", () => {
    it("answers the defaults: 127.0.0.1:8080, sandbox on, auth header, 7 days, 100 000 ids, Ukendt = 1, and the connection limits", () => {
      expect(configOf([])).toEqual({
        port: 8080,
        host: "127.0.0.1",
        fixturesDir: undefined,
        sandbox: true,
        auth: "header",
        retentionMs: 604_800_000,
        maxRequestIds: 100_000,
        unknownGrantStatus: 1,
        logLevel: "info",
        validateResponses: false,
        tlsCert: undefined,
        tlsKey: undefined,
        tlsPfx: undefined,
        tlsCa: undefined,
        tlsPassphrase: undefined,
        redisUrl: undefined,
        redisPrefix: "flexjob:",
        redisConnectTimeoutMs: 10_000,
        shutdownGraceMs: 10_000,
        adminPort: undefined,
        cors: undefined,
        // Below the usual descriptor limit of 1024; a silent connection goes within ~16 s, a stalled body ~26 s,
        // a connection that never finishes its TLS handshake within 10 s.
        maxConnections: 500,
        headersTimeoutMs: 15_000,
        requestTimeoutMs: 25_000,
        handshakeTimeoutMs: 10_000,
        keepAliveTimeoutMs: 5_000,
        sendTimeoutMs: 10_000,
        upstreamUrl: undefined,
        upstreamCert: undefined,
        upstreamKey: undefined,
        upstreamPfx: undefined,
        upstreamCa: undefined,
        upstreamPassphrase: undefined,
        upstreamTimeoutMs: 30_000,
        upstreamForwardInvalid: false,
        recordDir: undefined,
        recordForce: false,
      });
      expect(configOf([])).toEqual(CONFIG_DEFAULTS);
    });
  });

  describe("with every flag", () => {
    it("takes each value", () => {
      const argv = [
        "--port",
        "0",
        "--host",
        "0.0.0.0",
        "--fixtures",
        "cases",
        "--no-sandbox",
        "--auth",
        "off",
        "--retention",
        "12h",
        "--max-request-ids",
        "5",
        "--unknown-grant-status",
        "9",
        "--log-level",
        "debug",
        "--response-validation",
        "--tls-cert",
        "server.crt",
        "--tls-key",
        "server.key",
        "--tls-ca",
        "ca.crt",
        "--redis",
        "redis://127.0.0.1:6380/2",
        "--redis-prefix",
        "team-a:",
        "--redis-connect-timeout",
        "30s",
        "--admin-port",
        "0",
        "--cors",
        "http://localhost:5173, https://app.example",
        "--max-connections",
        "20",
        "--headers-timeout",
        "2",
        "--request-timeout",
        "3s",
        "--keep-alive-timeout",
        "1m",
        "--send-timeout",
        "4",
        "--handshake-timeout",
        "5s",
        "--shutdown-grace",
        "1m",
      ];
      expect(configOf(argv)).toEqual({
        port: 0,
        host: "0.0.0.0",
        fixturesDir: "cases",
        sandbox: false,
        auth: "off",
        retentionMs: 43_200_000,
        maxRequestIds: 5,
        unknownGrantStatus: 9,
        logLevel: "debug",
        validateResponses: true,
        tlsCert: "server.crt",
        tlsKey: "server.key",
        tlsPfx: undefined,
        tlsCa: "ca.crt",
        tlsPassphrase: undefined,
        redisUrl: "redis://127.0.0.1:6380/2",
        redisPrefix: "team-a:",
        redisConnectTimeoutMs: 30_000,
        shutdownGraceMs: 60_000,
        adminPort: 0,
        cors: ["http://localhost:5173", "https://app.example"],
        maxConnections: 20,
        headersTimeoutMs: 2_000,
        requestTimeoutMs: 3_000,
        handshakeTimeoutMs: 5_000,
        keepAliveTimeoutMs: 60_000,
        sendTimeoutMs: 4_000,
        upstreamUrl: undefined,
        upstreamCert: undefined,
        upstreamKey: undefined,
        upstreamPfx: undefined,
        upstreamCa: undefined,
        upstreamPassphrase: undefined,
        upstreamTimeoutMs: 30_000,
        upstreamForwardInvalid: false,
        recordDir: undefined,
        recordForce: false,
      });
    });
  });

  describe("with environment variables", () => {
    it("takes each value", () => {
      const env = {
        PORT: "9090",
        HOST: "::1",
        FLEXJOB_FIXTURES: "/cases",
        FLEXJOB_SANDBOX: "false",
        FLEXJOB_AUTH: "off",
        FLEXJOB_RETENTION: "30m",
        FLEXJOB_MAX_REQUEST_IDS: "7",
        FLEXJOB_UNKNOWN_GRANT_STATUS: "0",
        LOG_LEVEL: "warn",
        FLEXJOB_RESPONSE_VALIDATION: "true",
        FLEXJOB_TLS_PFX: "server.p12",
        FLEXJOB_TLS_PASSPHRASE: "secret",
        FLEXJOB_TLS_CA: "ca.crt",
        FLEXJOB_REDIS_URL: "rediss://:pw@redis.example:6380",
        FLEXJOB_REDIS_PREFIX: "b:",
        FLEXJOB_REDIS_CONNECT_TIMEOUT: "1m",
        FLEXJOB_ADMIN_PORT: "9091",
        FLEXJOB_CORS: "*",
        FLEXJOB_MAX_CONNECTIONS: "30",
        FLEXJOB_HEADERS_TIMEOUT: "5",
        FLEXJOB_REQUEST_TIMEOUT: "6",
        FLEXJOB_KEEP_ALIVE_TIMEOUT: "7",
        FLEXJOB_SEND_TIMEOUT: "8",
        FLEXJOB_HANDSHAKE_TIMEOUT: "9",
        FLEXJOB_SHUTDOWN_GRACE: "2m",
      };
      expect(configOf([], env)).toEqual({
        port: 9090,
        host: "::1",
        fixturesDir: "/cases",
        sandbox: false,
        auth: "off",
        retentionMs: 1_800_000,
        maxRequestIds: 7,
        unknownGrantStatus: 0,
        logLevel: "warn",
        validateResponses: true,
        tlsCert: undefined,
        tlsKey: undefined,
        tlsPfx: "server.p12",
        tlsCa: "ca.crt",
        tlsPassphrase: "secret",
        redisUrl: "rediss://:pw@redis.example:6380",
        redisPrefix: "b:",
        redisConnectTimeoutMs: 60_000,
        shutdownGraceMs: 120_000,
        adminPort: 9091,
        cors: "*",
        maxConnections: 30,
        headersTimeoutMs: 5_000,
        requestTimeoutMs: 6_000,
        handshakeTimeoutMs: 9_000,
        keepAliveTimeoutMs: 7_000,
        sendTimeoutMs: 8_000,
        upstreamUrl: undefined,
        upstreamCert: undefined,
        upstreamKey: undefined,
        upstreamPfx: undefined,
        upstreamCa: undefined,
        upstreamPassphrase: undefined,
        upstreamTimeoutMs: 30_000,
        upstreamForwardInvalid: false,
        recordDir: undefined,
        recordForce: false,
      });
    });

    it("lets a flag win over its variable, and ignores empty variables", () => {
      expect(configOf(["--port", "1234"], { PORT: "9090", HOST: "" })).toMatchObject({ port: 1234, host: "127.0.0.1" });
    });
  });

  describe("with --retention", () => {
    it.each([
      ["7d", 604_800_000],
      ["12h", 43_200_000],
      ["30m", 1_800_000],
      ["45s", 45_000],
      ["90", 90_000],
    ])("reads %s as %d ms", (text, ms) => {
      expect(configOf(["--retention", text]).retentionMs).toBe(ms);
    });
  });

  describe("with a bad value", () => {
    it.each([
      {
        argv: ["--port", "http"],
        env: {},
        message: '--port must be a whole number from 0 to 65535 (0: any free port); got "http"',
      },
      {
        argv: ["--port", "65536"],
        env: {},
        message: '--port must be a whole number from 0 to 65535 (0: any free port); got "65536"',
      },
      {
        argv: [],
        env: { PORT: "-1" },
        message: 'PORT must be a whole number from 0 to 65535 (0: any free port); got "-1"',
      },
      { argv: ["--host", " "], env: {}, message: '--host must be a host name or IP address; got " "' },
      { argv: ["--auth", "cert"], env: {}, message: '--auth must be "header", "certificate" or "off"; got "cert"' },
      {
        argv: ["--admin-port", "x"],
        env: {},
        message: '--admin-port must be a whole number from 0 to 65535 (0: any free port); got "x"',
      },
      {
        argv: ["--cors", "localhost:5173"],
        env: {},
        message: '--cors must be "*" or a comma-separated list of origins (scheme://host[:port]); got "localhost:5173"',
      },
      {
        argv: [],
        env: { FLEXJOB_CORS: "https://app.example/path" },
        message:
          'FLEXJOB_CORS must be "*" or a comma-separated list of origins (scheme://host[:port]); got "https://app.example/path"',
      },
      {
        argv: ["--retention", "0d"],
        env: {},
        message: '--retention must be a positive duration: 7d, 12h, 30m, 45s or whole seconds; got "0d"',
      },
      {
        argv: ["--retention", "1w"],
        env: {},
        message: '--retention must be a positive duration: 7d, 12h, 30m, 45s or whole seconds; got "1w"',
      },
      {
        argv: ["--max-request-ids", "0"],
        env: {},
        message:
          '--max-request-ids must be a whole number from 1 to 16777216 (the most the in-memory store holds); got "0"',
      },
      {
        argv: ["--max-request-ids", "100000000"],
        env: {},
        message:
          '--max-request-ids must be a whole number from 1 to 16777216 (the most the in-memory store holds); got "100000000"',
      },
      {
        argv: [],
        env: { FLEXJOB_MAX_REQUEST_IDS: "16777217" },
        message: "FLEXJOB_MAX_REQUEST_IDS must be a whole number from 1 to 16777216",
      },
      {
        argv: ["--max-connections", "0"],
        env: {},
        message: '--max-connections must be a whole number from 1 to 1000000; got "0"',
      },
      {
        argv: ["--headers-timeout", "30s"],
        env: {},
        message: "--headers-timeout must not be longer than --request-timeout; got 30s and 25s",
      },
      {
        argv: [],
        env: { FLEXJOB_SEND_TIMEOUT: "soon" },
        message: 'FLEXJOB_SEND_TIMEOUT must be a positive duration: 7d, 12h, 30m, 45s or whole seconds; got "soon"',
      },
      {
        argv: ["--unknown-grant-status", "1.5"],
        env: {},
        message: '--unknown-grant-status must be a whole number (int32); got "1.5"',
      },
      {
        argv: ["--log-level", "loud"],
        env: {},
        message: '--log-level must be one of fatal, error, warn, info, debug, trace, silent; got "loud"',
      },
      { argv: [], env: { FLEXJOB_SANDBOX: "maybe" }, message: 'FLEXJOB_SANDBOX must be true or false; got "maybe"' },
      { argv: ["--bogus"], env: {}, message: "Unknown option '--bogus'" },
      { argv: ["--port"], env: {}, message: "Option '--port <value>' argument missing" },
      { argv: ["serve"], env: {}, message: "Unexpected argument 'serve'" },
      {
        argv: ["--redis", "http://127.0.0.1:6379"],
        env: {},
        message:
          '--redis must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379/0; got "http://127.0.0.1:6379"',
      },
      { argv: ["--redis-prefix", ""], env: {}, message: '--redis-prefix must be 1 to 200 characters; got ""' },
      {
        argv: ["--redis-connect-timeout", "soon"],
        env: {},
        message: '--redis-connect-timeout must be a positive duration: 30s, 2m or whole seconds; got "soon"',
      },
      { argv: ["--tls-cert", "s.crt"], env: {}, message: "--tls-cert and --tls-key go together" },
      { argv: [], env: { FLEXJOB_TLS_KEY: "s.key" }, message: "--tls-cert and --tls-key go together" },
      {
        argv: ["--tls-cert", "s.crt", "--tls-key", "s.key", "--tls-pfx", "s.p12"],
        env: {},
        message: "give --tls-pfx or --tls-cert with --tls-key, not both",
      },
      {
        argv: ["--tls-ca", "ca.crt"],
        env: {},
        message: "--tls-ca needs HTTPS: give --tls-cert and --tls-key (or --tls-pfx) too",
      },
      {
        argv: ["--auth", "certificate", "--tls-pfx", "s.p12"],
        env: {},
        message:
          "--auth certificate needs --tls-ca: the caller is read from a client certificate the handshake has verified",
      },
    ])("$argv $env → ConfigError: $message", ({ argv, env, message }) => {
      expect(() => parseConfig(argv, env)).toThrow(ConfigError);
      expect(() => parseConfig(argv, env)).toThrow(message);
    });
  });

  describe("with --upstream (proxy mode)", () => {
    it("takes every proxy flag, and the passphrase from the environment only", () => {
      const argv = [
        "--upstream",
        "https://star-test.example/Virksomhedsordning",
        "--upstream-pfx",
        "foces.p12",
        "--upstream-ca",
        "star-ca.crt",
        "--upstream-timeout",
        "5s",
        "--upstream-forward-invalid",
        "--record",
        "recorded",
        "--force",
      ];
      expect(configOf(argv, { FLEXJOB_UPSTREAM_PASSPHRASE: "secret" })).toMatchObject({
        upstreamUrl: "https://star-test.example/Virksomhedsordning",
        upstreamPfx: "foces.p12",
        upstreamCa: "star-ca.crt",
        upstreamPassphrase: "secret",
        upstreamTimeoutMs: 5_000,
        upstreamForwardInvalid: true,
        recordDir: "recorded",
        recordForce: true,
      });
    });

    it.each([
      [["--record", "dir"], "--record needs --upstream (proxy mode)"],
      [
        ["--upstream-pfx", "f.p12"],
        "--upstream-cert, --upstream-key, --upstream-pfx and --upstream-ca need --upstream (proxy mode)",
      ],
      [
        ["--upstream", "https://x.example", "--force"],
        "--force needs --record: it lets a recording overwrite case files",
      ],
      [
        ["--upstream", "https://x.example", "--upstream-cert", "c.crt"],
        "--upstream-cert and --upstream-key go together",
      ],
      [
        ["--upstream", "https://x.example", "--fixtures", "cases"],
        "--fixtures serves cases; with --upstream the upstream answers them (replay a recording without --upstream)",
      ],
      [["--upstream", "ftp://x.example"], '--upstream must be an http:// or https:// URL; got "ftp://x.example"'],
    ])("refuses %j: %s", (argv, message) => {
      expect(() => configOf(argv)).toThrow(new ConfigError(message));
    });
  });

  describe("with --help or -h", () => {
    it.each([["--help"], ["-h"]])("%s asks for the usage text", (flag) => {
      expect(parseConfig([flag], {})).toEqual({ print: "help" });
    });
  });

  describe("with --version", () => {
    it("asks for the version", () => {
      expect(parseConfig(["--port", "0", "--version"], {})).toEqual({ print: "version" });
    });
  });
});

describe("usage", () => {
  it("names every flag with its environment variable", () => {
    const text = usage();
    for (const [flag, env] of [
      ["--port", "PORT"],
      ["--host", "HOST"],
      ["--fixtures", "FLEXJOB_FIXTURES"],
      ["--no-sandbox", "FLEXJOB_SANDBOX"],
      ["--auth", "FLEXJOB_AUTH"],
      ["--retention", "FLEXJOB_RETENTION"],
      ["--max-request-ids", "FLEXJOB_MAX_REQUEST_IDS"],
      ["--unknown-grant-status", "FLEXJOB_UNKNOWN_GRANT_STATUS"],
      ["--log-level", "LOG_LEVEL"],
      ["--response-validation", "FLEXJOB_RESPONSE_VALIDATION"],
      ["--tls-cert", "FLEXJOB_TLS_CERT"],
      ["--tls-key", "FLEXJOB_TLS_KEY"],
      ["--tls-pfx", "FLEXJOB_TLS_PFX"],
      ["--tls-ca", "FLEXJOB_TLS_CA"],
      ["--redis", "FLEXJOB_REDIS_URL"],
      ["--redis-prefix", "FLEXJOB_REDIS_PREFIX"],
      ["--redis-connect-timeout", "FLEXJOB_REDIS_CONNECT_TIMEOUT"],
      ["--max-connections", "FLEXJOB_MAX_CONNECTIONS"],
      ["--headers-timeout", "FLEXJOB_HEADERS_TIMEOUT"],
      ["--request-timeout", "FLEXJOB_REQUEST_TIMEOUT"],
      ["--keep-alive-timeout", "FLEXJOB_KEEP_ALIVE_TIMEOUT"],
      ["--send-timeout", "FLEXJOB_SEND_TIMEOUT"],
      ["--handshake-timeout", "FLEXJOB_HANDSHAKE_TIMEOUT"],
      ["--shutdown-grace", "FLEXJOB_SHUTDOWN_GRACE"],
      ["--upstream", "FLEXJOB_UPSTREAM"],
      ["--upstream-pfx", "FLEXJOB_UPSTREAM_PFX"],
      ["--record", "FLEXJOB_RECORD"],
    ]) {
      expect(text).toMatch(new RegExp(`${flag}\\b.*${env}`));
    }
  });

  it.each([
    ["--no-sandbox", "FLEXJOB_SANDBOX=true|false, default true", "do not serve the bundled sandbox cases"],
    ["--response-validation", "FLEXJOB_RESPONSE_VALIDATION=true|false, default false", "check every answer"],
  ])("says that %s takes no value, and what its environment variable takes", (flag, env, what) => {
    const [, block] = usage().split(new RegExp(`\\n  ${flag} +`));
    const [envLine, whatLine] = block!.split("\n");
    expect(envLine).toBe(env);
    expect(whatLine).toMatch(new RegExp(`^ +${what}.*; takes no value$`));
  });

  it("lists --help and --version", () => {
    expect(usage()).toMatch(/^ {2}-h, --help\n +this text\n {2}--version\n +the version\n$/m);
  });
});
