/** The flags of how the run goes (requests, TLS, the admin listener, which groups) and what it writes, in --help order. */
import { CHECK_DEFAULTS } from "./check-options";
import { CHECK_GROUPS } from "./check-groups";
import type { Flag } from "./flag";
import { groupList, httpUrl, integer, nonEmpty, percentage } from "./option-values";
import { PASSPHRASE_ENV } from "./tls-files";

const integerFrom =
  (min: number, max: number) =>
  (text: string, flag: string): number =>
    integer(flag, text, min, max);

export const RUN_FLAGS: readonly Flag[] = [
  {
    flag: "seed",
    value: "N",
    help: ["seed of the generated negative cases (default: random, printed)"],
    key: "seed",
    fallback: (randomSeed) => String(randomSeed()),
    parse: integerFrom(-(2 ** 31), 2 ** 31 - 1),
  },
  {
    flag: "runs",
    value: "N",
    help: [`generated cases per negative check (default ${CHECK_DEFAULTS.runs})`],
    key: "runs",
    fallback: () => String(CHECK_DEFAULTS.runs),
    parse: integerFrom(1, 100_000),
  },
  {
    flag: "timeout-ms",
    value: "N",
    help: [`timeout of each request (default ${CHECK_DEFAULTS.timeoutMs})`],
    key: "timeoutMs",
    fallback: () => String(CHECK_DEFAULTS.timeoutMs),
    parse: integerFrom(1, 600_000),
  },
  { flag: "cert", value: "FILE", help: ["client certificate (PEM) for mutual TLS, as STAR requires, with --key"] },
  { flag: "key", value: "FILE", help: ["the client certificate's key (PEM)"] },
  {
    flag: "pfx",
    value: "FILE",
    help: [
      "client certificate and key as PKCS#12 (.p12), instead of --cert/--key",
      `(a passphrase of --key or --pfx is read from $${PASSPHRASE_ENV})`,
    ],
  },
  { flag: "ca", value: "FILE", help: ["trust these CA certificates (PEM) instead of Node's default list"] },
  {
    flag: "admin-url",
    value: "URL",
    help: [
      "the admin listener of a reference server (--admin-port): the 403 and 409",
      "checks then use cases the checker puts there and removes afterwards,",
      "instead of --forbidden-case and --conflict-case, and the injected checks",
      "use its faults for the outcomes no other check provokes (500, ...)",
    ],
    key: "adminUrl",
    parse: (text: string, flag) => httpUrl(flag, text),
  },
  {
    flag: "only",
    value: "GROUPS",
    multiple: true,
    help: [
      "run only these check groups (comma-separated); the others are skipped.",
      `Groups: ${CHECK_GROUPS.join(", ")}`,
    ],
    key: "onlyGroups",
    parse: groupList,
  },
  {
    flag: "skip",
    value: "GROUPS",
    multiple: true,
    help: ["skip these check groups (comma-separated); not with --only"],
    key: "skipGroups",
    parse: groupList,
  },
  {
    flag: "junit",
    value: "FILE",
    help: ["also write the results as JUnit XML to FILE"],
    key: "junit",
    parse: (text: string, flag) => nonEmpty(flag, text),
  },
  {
    flag: "har",
    value: "FILE",
    help: ["also write every failing exchange as HAR to FILE (CPR-shaped values withheld)"],
    key: "har",
    parse: (text: string, flag) => nonEmpty(flag, text),
  },
  {
    flag: "baseline",
    value: "FILE",
    help: ["known failures (as --write-baseline writes them): the run passes while", "only these fail"],
    key: "baseline",
    parse: (text: string, flag) => nonEmpty(flag, text),
  },
  {
    flag: "write-baseline",
    value: "FILE",
    help: ["write this run's failures to FILE as a baseline (the failures then fail nothing)"],
    key: "writeBaseline",
    parse: (text: string, flag) => nonEmpty(flag, text),
  },
  {
    flag: "min-coverage",
    value: "PCT",
    help: ["fail the run when it reaches less than PCT % of the documented outcomes"],
    key: "minCoverage",
    parse: (text: string, flag) => percentage(flag, text),
  },
  { flag: "json", help: ["print the results as JSON on stdout (progress goes to stderr)"] },
  { flag: "help", short: "h", help: ["show this help"] },
  { flag: "version", help: ["show the version"] },
];
