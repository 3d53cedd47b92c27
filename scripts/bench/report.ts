/**
 * The benchmark's table: medians over the runs of each target, with ratios against the bare
 * server measured in the same run, and the goals checked beside it.
 */
import type { Target } from "./targets";

export interface Sample {
  cpuPerRequest: number | undefined;
  rps: number;
  p50: number;
  p99: number;
  peakRss: number | undefined;
  startMs: number;
}

export interface Row {
  target: Target;
  median: Sample;
}

export function median(samples: readonly Sample[]): Sample {
  const of = (pick: (s: Sample) => number | undefined): number | undefined => {
    const values = samples.map(pick).filter((v): v is number => v !== undefined);
    if (values.length === 0) return undefined;
    values.sort((a, b) => a - b);
    const mid = values.length >> 1;
    return values.length % 2 ? values[mid] : (values[mid - 1]! + values[mid]!) / 2;
  };
  return {
    cpuPerRequest: of((s) => s.cpuPerRequest),
    rps: of((s) => s.rps)!,
    p50: of((s) => s.p50)!,
    p99: of((s) => s.p99)!,
    peakRss: of((s) => s.peakRss),
    startMs: of((s) => s.startMs)!,
  };
}

const HEADER = [
  "server",
  "CPU µs / request",
  "vs bare",
  "req/s",
  "p50",
  "p99",
  "peak RSS",
  "spawn → first 200",
  "vs bare",
];

/** A Markdown table (readable as text too). */
export function table(rows: readonly Row[]): string {
  const bare = rows.find((r) => r.target.kind === "baseline")!.median;
  const lines = rows.map(({ target, median: m }) => [
    target.label,
    fixed(m.cpuPerRequest, 0),
    ratio(m.cpuPerRequest, bare.cpuPerRequest),
    thousands(m.rps),
    `${m.p50} ms`,
    `${m.p99} ms`,
    m.peakRss === undefined ? "n/a" : `${Math.round(m.peakRss / 2 ** 20)} MB`,
    `${thousands(m.startMs)} ms`,
    ratio(m.startMs, bare.startMs),
  ]);
  return [HEADER, HEADER.map(() => "---"), ...lines].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

/** The goals, each with the figure measured and whether it is met. */
export function goals(rows: readonly Row[]): string[] {
  const by = (key: string): Sample | undefined => rows.find((r) => r.target.key === key)?.median;
  const bare = by("bare")!;
  const ours = by("ours")!;
  const validating = by("ours-response-validation")!;
  const checking = by("ours-response-validation-problem")!;
  const prism = by("prism");
  const over = (a: number | undefined, b: number | undefined): number => (a ?? NaN) / (b ?? NaN);
  const check = (what: string, value: number, goal: string, met: boolean, unit = "×"): string =>
    `${met ? "met " : "MISS"}  ${what}: ${value.toFixed(1)}${unit} (goal ${goal})`;
  const lines = [
    check(
      "CPU / request, defaults vs bare",
      over(ours.cpuPerRequest, bare.cpuPerRequest),
      "≤ 4×",
      over(ours.cpuPerRequest, bare.cpuPerRequest) <= 4,
    ),
    check(
      "CPU / request, --response-validation vs bare",
      over(validating.cpuPerRequest, bare.cpuPerRequest),
      "≤ 5.5×",
      over(validating.cpuPerRequest, bare.cpuPerRequest) <= 5.5,
    ),
    check(
      "CPU / request, --response-validation, checked 404 Problems vs bare",
      over(checking.cpuPerRequest, bare.cpuPerRequest),
      "≤ 5.5×",
      over(checking.cpuPerRequest, bare.cpuPerRequest) <= 5.5,
    ),
    check("spawn → first 200 vs bare", ours.startMs / bare.startMs, "≤ 4×", ours.startMs / bare.startMs <= 4),
    check(
      "peak RSS, defaults",
      (ours.peakRss ?? NaN) / 2 ** 20,
      "≤ 130 MB",
      (ours.peakRss ?? Infinity) <= 130 * 2 ** 20,
      " MB",
    ),
    check("p99, defaults", ours.p99, "≤ 5 ms", ours.p99 <= 5, " ms"),
  ];
  if (prism)
    lines.push(
      check(
        "Prism default CPU / ours",
        over(prism.cpuPerRequest, ours.cpuPerRequest),
        "≥ 5×",
        over(prism.cpuPerRequest, ours.cpuPerRequest) >= 5,
      ),
    );
  return lines;
}

function fixed(value: number | undefined, digits: number): string {
  return value === undefined ? "n/a" : value.toFixed(digits);
}

function ratio(value: number | undefined, base: number | undefined): string {
  return value === undefined || base === undefined ? "n/a" : `${(value / base).toFixed(1)}×`;
}

function thousands(value: number): string {
  return Math.round(value).toLocaleString("en-US").replace(/,/g, " ");
}
