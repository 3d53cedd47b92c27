/**
 * The checker as a function: reach the base URL, build every check from the spec, run them one
 * after another (each result reported as it comes), and return the report.
 */
import { withAdminCases } from "./admin-cases";
import type { Check, CheckContext, CheckResult } from "./context";
import { caseRuleChecks } from "./checks/case-rules";
import { headerChecks } from "./checks/headers";
import { methodChecks } from "./checks/method";
import { negativeChecks } from "./checks/negative";
import { notFoundChecks } from "./checks/not-found";
import { positiveChecks } from "./checks/positive";
import { injectedChecks } from "./checks/injected";
import { replayChecks } from "./checks/replay";
import type { CheckOptions } from "./check-options";
import { coverageOf, type Coverage } from "./coverage";
import { createSender, describeFetchError, type Fetch } from "./http";
import { packageVersion } from "./package-version";
import { runCheck, skippedResult } from "./run-check";
import { createSchemaBook } from "./schemas";
import { skipReason } from "./selection";
import { loadSpec, type LoadedSpec } from "./spec";
import { fetchFor } from "./tls";

export interface Report {
  /** The version of flexjob-contract-check that made the report. */
  checkerVersion: string;
  baseUrl: string;
  /** The spec checked against, e.g. `spec/flexjob.yaml`, and its version, e.g. `1 (2025-1)`. */
  specFile: string;
  specVersion: string;
  seed: number;
  runs: number;
  results: CheckResult[];
  passed: number;
  failed: number;
  skipped: number;
  /** The documented outcomes the run's answers reached. */
  coverage: Coverage;
}

/** The base URL answered nothing at all (refused, unknown host, timed out). */
export class Unreachable extends Error {
  override readonly name = "Unreachable";
}

/** Every check, in the order they run; with --admin-url, injected ones last for what no other check provokes. */
export function allChecks(context: CheckContext): Check[] {
  const checks = [
    ...positiveChecks(context),
    ...replayChecks(context),
    ...headerChecks(context),
    ...negativeChecks(context),
    ...notFoundChecks(context),
    ...caseRuleChecks(context),
    ...methodChecks(context),
  ];
  return [...checks, ...injectedChecks(context, checks)];
}

/** Throws a UsageError when the TLS files cannot be read or used. */
export function createContext(options: CheckOptions, spec: LoadedSpec = loadSpec()): CheckContext {
  const fetchImpl = fetchFor(options.tls);
  return {
    options,
    spec,
    schemas: createSchemaBook(),
    fetch: fetchImpl,
    send: createSender(options.baseUrl, options.timeoutMs, fetchImpl),
  };
}

/** Any HTTP answer from the base URL will do; none at all throws Unreachable. */
export async function probe(options: CheckOptions, fetchImpl: Fetch): Promise<void> {
  try {
    const response = await fetchImpl(options.baseUrl, {
      method: "GET",
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    await response.arrayBuffer();
  } catch (error) {
    throw new Unreachable(
      `cannot reach --base-url ${options.baseUrl}: ${describeFetchError(error, options.timeoutMs)}`,
    );
  }
}

/** Probes the base URL, then runs every check: the checker as a function. */
export async function runContractCheck(
  options: CheckOptions,
  onResult: (result: CheckResult) => void = () => {},
  context: CheckContext = createContext(options),
): Promise<Report> {
  await probe(options, context.fetch);
  return runChecks(context, onResult);
}

/**
 * Runs every check one after another, reporting each result as it comes (a check left out as
 * skipped, with the reason); with --admin-url, around the checker's own cases.
 */
export function runChecks(context: CheckContext, onResult: (result: CheckResult) => void): Promise<Report> {
  return withAdminCases(context, (withCases) => runAll(withCases, onResult));
}

async function runAll(context: CheckContext, onResult: (result: CheckResult) => void): Promise<Report> {
  const results: CheckResult[] = [];
  for (const check of allChecks(context)) {
    const skip = skipReason(context.options, check);
    const result = skip === undefined ? await runCheck(context, check) : skippedResult(check, skip);
    results.push(result);
    onResult(result);
  }
  const count = (status: CheckResult["status"]) => results.filter((r) => r.status === status).length;
  const { baseUrl, seed, runs } = context.options;
  return {
    checkerVersion: packageVersion(),
    baseUrl,
    specFile: context.spec.file,
    specVersion: context.spec.version,
    seed,
    runs,
    results,
    passed: count("passed"),
    failed: count("failed"),
    skipped: count("skipped"),
    coverage: coverageOf(results),
  };
}
