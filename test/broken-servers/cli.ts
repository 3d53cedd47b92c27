/** The checker's command line, run through its bin shim as a user runs it. */
import { execFile } from "node:child_process";
import path from "node:path";

export const BIN = path.join(__dirname, "..", "..", "bin", "flexjob-contract-check.js");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const options = { maxBuffer: 16 * 1024 * 1024, env: { ...process.env, ...env } };
    execFile(process.execPath, [BIN, ...args], options, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export function lastLine(text: string): string {
  return text.trimEnd().split("\n").at(-1) ?? "";
}
