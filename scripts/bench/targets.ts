/**
 * What the benchmark compares, each started as its own `node` process the way users start it: the
 * bare baseline, the reference server's bin (what `npm start` runs, logging at info to stdout) with
 * and without response validation, and Prism's mock of the same spec with and without its log.
 */
import path from "node:path";
import { HOST } from "./launch";
import { UNKNOWN_CASE, type BenchRequest } from "./case-1";
import { PRISM_VERSION } from "./prism";

const ROOT = path.resolve(__dirname, "..", "..");
const SPEC = path.join(ROOT, "spec", "flexjob.yaml");

export interface Target {
  label: string;
  /** A file-name-safe key, e.g. for CPU profiles. */
  key: string;
  /** Arguments of `node`; `profile` adds node's own flags (e.g. --cpu-prof) for a reference server. */
  args(port: number, profile: readonly string[]): string[];
  kind: "baseline" | "ours" | "compare" | "prism";
  /** The request of the load, when not case 1. */
  request?: BenchRequest;
}

/** The reference server's bin of the checkout at `root`, with `extra` arguments. */
function referenceServer(root: string, extra: string[]) {
  const server = path.join(root, "bin", "flexjob-reference-server.js");
  return (port: number, profile: readonly string[]) => [
    ...profile,
    server,
    "--port",
    String(port),
    "--host",
    HOST,
    ...extra,
  ];
}

/**
 * The targets in the order they run; `compareRoot`, another built checkout (say of an earlier
 * commit), adds its reference server beside ours for a before/after in one run.
 */
export function targets(prismCli: string | undefined, compareRoot?: string): Target[] {
  const ours = (extra: string[]) => referenceServer(ROOT, extra);
  const prism = (extra: string[]) => (port: number) => [
    prismCli!,
    "mock",
    SPEC,
    "--host",
    HOST,
    "--port",
    String(port),
    ...extra,
  ];
  const list: Target[] = [
    {
      label: "bare `node:http` (same body, JSON.parse, an id Set)",
      key: "bare",
      args: (port) => [path.join(__dirname, "bare-server.js"), String(port), HOST],
      kind: "baseline",
    },
    { label: "ours, `npm start` defaults", key: "ours", args: ours([]), kind: "ours" },
    {
      label: "ours, `--response-validation`",
      key: "ours-response-validation",
      args: ours(["--response-validation"]),
      kind: "ours",
    },
    {
      label: "ours, `--response-validation`, unknown case (a checked 404 Problem)",
      key: "ours-response-validation-problem",
      args: ours(["--response-validation"]),
      kind: "ours",
      request: UNKNOWN_CASE,
    },
  ];
  if (compareRoot !== undefined) {
    const name = path.basename(compareRoot);
    list.push(
      { label: `${name}, defaults`, key: "compare", args: referenceServer(compareRoot, []), kind: "compare" },
      {
        label: `${name}, \`--response-validation\``,
        key: "compare-response-validation",
        args: referenceServer(compareRoot, ["--response-validation"]),
        kind: "compare",
      },
    );
  }
  if (prismCli === undefined) return list;
  return [
    ...list,
    { label: `Prism ${PRISM_VERSION} mock, default log`, key: "prism", args: prism([]), kind: "prism" },
    {
      label: `Prism ${PRISM_VERSION} mock, \`-v silent\``,
      key: "prism-silent",
      args: prism(["-v", "silent"]),
      kind: "prism",
    },
  ];
}
