/**
 * The run's verdict, and its exit code: 1 when a check failed that no baseline knows, or when the
 * coverage of documented outcomes is under --min-coverage; else 0. With --write-baseline, the
 * failures are being recorded and fail nothing.
 */
import { compareBaseline, type Baseline, type BaselineComparison } from "./baseline";
import { meetsMinimum } from "./coverage";
import type { Report } from "./run";

export interface Verdict {
  exitCode: 0 | 1;
  /** With --baseline: how the failures compare with it. */
  baseline?: BaselineComparison;
  /** --min-coverage, and whether the run's coverage is under it. */
  minCoverage?: { percent: number; met: boolean };
  /** The ids of the failures the baseline knows. */
  known: ReadonlySet<string>;
}

export interface Judged {
  baseline?: Baseline;
  minCoverage?: number;
  writingBaseline?: boolean;
}

export function verdictOf(report: Report, { baseline, minCoverage, writingBaseline = false }: Judged): Verdict {
  const comparison = baseline === undefined ? undefined : compareBaseline(report.results, baseline);
  const unknownFailures = comparison === undefined ? report.failed : comparison.added.length;
  const minimum =
    minCoverage === undefined ? undefined : { percent: minCoverage, met: meetsMinimum(report.coverage, minCoverage) };
  const failing = (!writingBaseline && unknownFailures > 0) || minimum?.met === false;
  return {
    exitCode: failing ? 1 : 0,
    ...(comparison === undefined ? {} : { baseline: comparison }),
    ...(minimum === undefined ? {} : { minCoverage: minimum }),
    known: new Set(comparison?.known ?? []),
  };
}
