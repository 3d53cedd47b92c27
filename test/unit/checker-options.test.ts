import { CHECK_DEFAULTS, parseCommand, PASSPHRASE_ENV, UsageError } from "../../checker/options";

const BASE = ["--base-url", "http://127.0.0.1:8080"];

function options(args: readonly string[]) {
  const command = parseCommand(args, () => 1234);
  if (command.print) throw new Error("unexpected help");
  return command.options;
}

describe("flexjob-contract-check options", () => {
  describe("given only --base-url", () => {
    it("uses the sandbox table, a random seed and the default runs and timeout", () => {
      expect(options(BASE)).toEqual({
        baseUrl: "http://127.0.0.1:8080",
        organisation: "12345674",
        offerCases: CHECK_DEFAULTS.offerCases,
        allocationCases: CHECK_DEFAULTS.allocationCases,
        missingCase: CHECK_DEFAULTS.missingCase,
        forbiddenCase: CHECK_DEFAULTS.forbiddenCase,
        conflictCase: CHECK_DEFAULTS.conflictCase,
        seed: 1234,
        runs: 25,
        timeoutMs: 10_000,
        json: false,
      });
    });
  });

  describe("given every option", () => {
    it("takes each, repeated case options as a list", () => {
      const offer = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
      const args = [
        ...["--base-url", "https://flexjob.example/api/v1/"],
        ...["--organisation", "11111114", "--offer-case", offer, "--offer-case", CHECK_DEFAULTS.offerCases[0]],
        ...["--allocation-case", CHECK_DEFAULTS.allocationCases[1], "--missing-case", offer],
        ...["--forbidden-case", offer, "--conflict-case", CHECK_DEFAULTS.offerCases[1]],
        ...["--seed=-7", "--runs", "3", "--timeout-ms", "500", "--junit", "out.xml", "--json"],
      ];
      expect(options(args)).toEqual({
        baseUrl: "https://flexjob.example/api/v1",
        organisation: "11111114",
        offerCases: [offer, CHECK_DEFAULTS.offerCases[0]],
        allocationCases: [CHECK_DEFAULTS.allocationCases[1]],
        missingCase: offer,
        forbiddenCase: offer,
        conflictCase: CHECK_DEFAULTS.offerCases[1],
        seed: -7,
        runs: 3,
        timeoutMs: 500,
        junit: "out.xml",
        json: true,
      });
    });
  });

  it("leaves out the 403 and 409 checks given none", () => {
    const given = options([...BASE, "--forbidden-case", "none", "--conflict-case", "none"]);
    expect(given).not.toHaveProperty("forbiddenCase");
    expect(given).not.toHaveProperty("conflictCase");
  });

  describe("given check groups", () => {
    it.each([
      { given: ["--only", "replay,positive"], want: { onlyGroups: ["positive", "replay"] } },
      { given: ["--only", "method", "--only", " header "], want: { onlyGroups: ["header", "method"] } },
      { given: ["--skip", "negative"], want: { skipGroups: ["negative"] } },
      {
        given: ["--skip", "authorisation,conflict,authorisation"],
        want: { skipGroups: ["authorisation", "conflict"] },
      },
    ])("keeps $given as groups in run order", ({ given, want }) => {
      expect(options([...BASE, ...given])).toMatchObject(want);
    });

    it.each([
      { given: ["--only", "negatives"], got: '"negatives"' },
      { given: ["--skip", "positive,"], got: '""' },
      { given: ["--only", ""], got: '""' },
      { given: ["--skip", "Replay,x"], got: '"Replay", "x"' },
    ])("refuses $given, listing the groups", ({ given, got }) => {
      const flag = given[0]!;
      expect(() => parseCommand([...BASE, ...given])).toThrow(
        new UsageError(
          `${flag} takes check groups, comma-separated, from positive, replay, header, negative, not-found, authorisation, conflict, method, injected; got ${got}`,
        ),
      );
    });

    it("refuses --only with --skip", () => {
      expect(() => parseCommand([...BASE, "--only", "positive", "--skip", "replay"])).toThrow(
        new UsageError("give either --only or --skip, not both"),
      );
    });
  });

  it("keeps --admin-url without a trailing slash", () => {
    const command = parseCommand([...BASE, "--admin-url", "http://127.0.0.1:9091/"], () => 1);
    expect(command.print === undefined && command.options.adminUrl).toBe("http://127.0.0.1:9091");
  });

  describe("given TLS files", () => {
    const HTTPS = ["--base-url", "https://flexjob.example"];

    it("keeps --cert, --key and --ca, and the passphrase from the environment only", () => {
      const command = parseCommand([...HTTPS, "--cert", "c.pem", "--key", "k.pem", "--ca", "ca.pem"], () => 1, {
        [PASSPHRASE_ENV]: "s3cret",
      });
      expect(command.print === undefined && command.options.tls).toEqual({
        certFile: "c.pem",
        keyFile: "k.pem",
        caFile: "ca.pem",
        passphrase: "s3cret",
      });
    });

    it("keeps --pfx alone, with no passphrase when the variable is unset or empty", () => {
      const command = parseCommand([...HTTPS, "--pfx", "foces.p12"], () => 1, { [PASSPHRASE_ENV]: "" });
      expect(command.print === undefined && command.options.tls).toEqual({ pfxFile: "foces.p12" });
    });

    it.each([
      {
        given: [...BASE, "--pfx", "foces.p12"],
        want: '--cert, --key, --pfx and --ca need an https --base-url; got "http://127.0.0.1:8080"',
      },
      { given: [...HTTPS, "--cert", "c.pem"], want: "--cert and --key go together: give both, or --pfx instead" },
      { given: [...HTTPS, "--key", "k.pem"], want: "--cert and --key go together" },
      {
        given: [...HTTPS, "--pfx", "f.p12", "--cert", "c.pem", "--key", "k.pem"],
        want: "give either --pfx or --cert with --key, not both",
      },
      { given: [...HTTPS, "--ca", ""], want: "--ca needs a file name" },
    ])("throws a UsageError: $want", ({ given, want }) => {
      expect(() => parseCommand(given, () => 1, {})).toThrow(UsageError);
      expect(() => parseCommand(given, () => 1, {})).toThrow(want);
    });
  });

  it("answers --help before checking anything else", () => {
    expect(parseCommand(["--help", "--runs", "nope"])).toEqual({ print: "help" });
  });

  describe("given a bad value", () => {
    it.each([
      { given: [], want: "--base-url is required" },
      { given: ["--base-url", "ftp://host"], want: '--base-url must be an http or https URL; got "ftp://host"' },
      {
        given: [...BASE, "--admin-url", "127.0.0.1:9091"],
        want: '--admin-url must be an absolute http(s) URL; got "127.0.0.1:9091"',
      },
      { given: ["--base-url", "http://host/?a=1"], want: "--base-url must not carry a query or fragment" },
      {
        given: [...BASE, "--organisation", ""],
        want: '--organisation must be 1 to 20 characters (organisationCode); got ""',
      },
      { given: [...BASE, "--organisation", "1".repeat(21)], want: "--organisation must be 1 to 20 characters" },
      { given: [...BASE, "--allocation-case", "3333"], want: '--allocation-case must be a uuid; got "3333"' },
      { given: [...BASE, "--forbidden-case", "None"], want: '--forbidden-case must be a uuid or none; got "None"' },
      { given: [...BASE, "--conflict-case", ""], want: '--conflict-case must be a uuid or none; got ""' },
      { given: [...BASE, "--runs", "1.5"], want: '--runs must be a whole number from 1 to 100000; got "1.5"' },
      {
        given: [...BASE, "--seed", "2147483648"],
        want: "--seed must be a whole number from -2147483648 to 2147483647",
      },
      { given: [...BASE, "--timeout-ms", "ten"], want: "--timeout-ms must be a whole number from 1 to 600000" },
      { given: [...BASE, "--junit", " "], want: "--junit needs a file name" },
      { given: [...BASE, "extra"], want: "Unexpected argument 'extra'" },
    ])("throws a UsageError stating the rule: $want", ({ given, want }) => {
      expect(() => parseCommand(given)).toThrow(UsageError);
      expect(() => parseCommand(given)).toThrow(want);
    });
  });
});
