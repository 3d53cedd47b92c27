/**
 * Baselines of known failures: --write-baseline FILE records the ids of the checks that failed,
 * and a run with --baseline FILE passes while only those fail, reports those that pass now as
 * fixed, and fails on any other failure. Ids are stable across runs and seeds (Check.id), and
 * the file is written sorted, without times, seeds or URLs, so that it only changes with the
 * failures.
 */
import { readFileSync } from "node:fs";
import type { CheckResult } from "./context";
import { UsageError } from "./usage-error";

export interface Baseline {
  file: string;
  /** The ids of the known failures. */
  ids: ReadonlySet<string>;
}

export interface BaselineComparison {
  file: string;
  /** Known failures that failed again. */
  known: string[];
  /** Known failures whose check passed. */
  fixed: string[];
  /** Failures the baseline does not list. */
  added: string[];
  /** Known failures this run did not judge: the check was skipped, or is no check of this run. */
  notRun: string[];
}

const SHAPE = '{"failures": [{"id": "..."}]}';

export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`--baseline cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--baseline ${file} is not JSON: ${(error as Error).message}`);
  }
  const failures = (parsed as { failures?: unknown } | null)?.failures;
  if (!Array.isArray(failures) || !failures.every((f) => typeof (f as { id?: unknown } | null)?.id === "string"))
    throw new UsageError(`--baseline ${file} must hold ${SHAPE}, as --write-baseline writes it`);
  return { file, ids: new Set(failures.map((f) => (f as { id: string }).id)) };
}

/** The baseline of a run's failures, as --write-baseline writes it. */
export function baselineText(results: readonly CheckResult[]): string {
  const failures = results
    .filter((r) => r.status === "failed")
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const description =
    "Known failures of flexjob-contract-check, by check id: a run with --baseline passes while only these fail.";
  return `${JSON.stringify({ description, failures }, null, 2)}\n`;
}

export function compareBaseline(results: readonly CheckResult[], baseline: Baseline): BaselineComparison {
  const byId = new Map(results.map((r) => [r.id, r]));
  const listed = [...baseline.ids];
  return {
    file: baseline.file,
    known: listed.filter((id) => byId.get(id)?.status === "failed"),
    fixed: listed.filter((id) => byId.get(id)?.status === "passed"),
    added: results.filter((r) => r.status === "failed" && !baseline.ids.has(r.id)).map((r) => r.id),
    notRun: listed.filter((id) => byId.get(id) === undefined || byId.get(id)!.status === "skipped"),
  };
}
