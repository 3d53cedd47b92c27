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
    const options = { maxBuffer: 16 * 1024 * 1024, env: { ...process.env, ...env } };
    execFile(process.execPath, [...CLI, ...args], options, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export function lastLine(text: string): string {
  return text.trimEnd().split("\n").at(-1) ?? "";
}
