/**
 * The files a run writes beside its output: --junit, --har and --write-baseline, each with its
 * parent directories. A file that cannot be written is reported naming the flag and the file.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { baselineText } from "./baseline";
import type { CheckOptions } from "./check-options";
import { toHar } from "./har";
import { toJUnit } from "./junit";
import type { Report } from "./run";
import type { Verdict } from "./verdict";

/** Writes every file the options ask for; returns the message of the first that cannot be written. */
export function writeReportFiles(options: CheckOptions, report: Report, verdict: Verdict): string | undefined {
  const files: [flag: string, file: string | undefined, text: () => string][] = [
    ["--junit", options.junit, () => toJUnit(report, verdict)],
    ["--har", options.har, () => toHar(report)],
    ["--write-baseline", options.writeBaseline, () => baselineText(report.results)],
  ];
  for (const [flag, file, text] of files) {
    if (file === undefined) continue;
    try {
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      writeFileSync(file, text());
    } catch (error) {
      return `cannot write ${flag} ${file}: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  return undefined;
}
