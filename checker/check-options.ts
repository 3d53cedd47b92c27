/** What a run checks with: the options as parsed from the command line, and their defaults. */
import type { CaseOperationId } from "../generated/contract";
import type { CheckGroup } from "./check-groups";
import type { TlsFiles } from "./tls-files";

export interface CheckOptions {
  baseUrl: string;
  /** activeOrganisationHeader.organisationCode of every request: the caller's CVR. */
  organisation: string;
  /** Cases GetFlexjob answers with 200 for `organisation`. */
  offerCases: string[];
  /** Cases GetFlexjobAllocation answers with 200 for `organisation`. */
  allocationCases: string[];
  /** A case that no operation knows (case-not-found). */
  missingCase: string;
  /** A case GetFlexjob answers with not-authorized for `organisation`; undefined: not checked. */
  forbiddenCase?: string;
  /** A case whose grant status is Ukendt (grant-status-unknown); undefined: not checked. */
  conflictCase?: string;
  seed: number;
  /** Generated cases per negative check. */
  runs: number;
  timeoutMs: number;
  junit?: string;
  /** --har: where to write every failing exchange as HAR. */
  har?: string;
  /** --baseline: a file of known failures; a run passes while only those fail. */
  baseline?: string;
  /** --write-baseline: where to write this run's failures as a baseline. */
  writeBaseline?: string;
  /** --min-coverage: the least percentage of documented outcomes the run must reach. */
  minCoverage?: number;
  json: boolean;
  /** The client certificate to present (mutual TLS, as STAR requires), and the CAs to trust. */
  tls?: TlsFiles;
  /** A reference server's admin listener: the 403/409 checks then use cases put there (admin-cases.ts). */
  adminUrl?: string;
  /** --only: the groups that run, every other check skipped; never given with `skipGroups`. */
  onlyGroups?: CheckGroup[];
  /** --skip: the groups skipped. */
  skipGroups?: CheckGroup[];
}

/** The sandbox table of the reference server. */
export const CHECK_DEFAULTS = {
  organisation: "12345674",
  offerCases: ["11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"],
  allocationCases: ["33333333-3333-4333-8333-333333333333", "44444444-4444-4444-8444-444444444444"],
  missingCase: "99999999-9999-4999-8999-999999999999",
  forbiddenCase: "66666666-6666-4666-8666-666666666666",
  conflictCase: "55555555-5555-4555-8555-555555555555",
  runs: 25,
  timeoutMs: 10_000,
} as const;

/** The option listing the 200 cases of each operation that reads a case. */
export const CASE_OPTIONS = {
  GetFlexjob: "offerCases",
  GetFlexjobAllocation: "allocationCases",
} as const satisfies Record<CaseOperationId, keyof CheckOptions>;
