/**
 * The checker's command line, run from the TypeScript source (as `npm run check:contract` does, so
 * that tests see the source as it is and need no build). The compiled bin is run from the packed
 * tarball in client-pack.test.ts.
 */
import { execFile } from "node:child_process";
import path from "node:path";

export const CLI = [
  "--require",
  require.resolve("tsx/cjs"),
  path.join(__dirname, "..", "..", "checker", "cli.ts"),
] as const;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    // Without the colour variables of this process (jest's workers get FORCE_COLOR on a terminal):
    // piped output has none unless a test asks for them.
    const { FORCE_COLOR: _force, NO_COLOR: _none, ...inherited } = process.env;
    const options = { maxBuffer: 16 * 1024 * 1024, env: { ...inherited, ...env } };
    execFile(process.execPath, [...CLI, ...args], options, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The summary line `N passed, M failed, K skipped`, which the checker prints after the checks. */
export function summaryOf(text: string): string {
  const line = text.split("\n").find((l) => /^\d+ passed, \d+ failed, \d+ skipped$/.test(l));
  return line ?? `(no summary line in: ...${text.slice(-300)})`;
}
