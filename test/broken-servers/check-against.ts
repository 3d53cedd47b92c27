/** Runs the checker in process against a base URL, as the CLI would with these arguments. */
import { parseCommand } from "../../checker/options";
import { runContractCheck, type Report } from "../../checker/run";

export async function checkAgainst(baseUrl: string, args: readonly string[] = []): Promise<Report> {
  const command = parseCommand(["--base-url", baseUrl, "--seed", "42", "--runs", "8", ...args]);
  if (command.print) throw new Error("unexpected --help");
  return runContractCheck(command.options);
}

export function failedChecks(report: Report): string[] {
  return report.results.filter((r) => r.status === "failed").map((r) => r.name);
}

export function reasonOf(report: Report, name: string): string {
  const result = report.results.find((r) => r.name === name);
  if (!result) throw new Error(`no check named ${name}; checks: ${report.results.map((r) => r.name).join(", ")}`);
  return result.reason;
}
