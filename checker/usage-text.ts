/** The --help text, written from the flag table. */
import type { Flag } from "./flag";
import { OPTIONS } from "./option-table";

function usageLines(o: Flag): string[] {
  const name = `${o.short === undefined ? "" : `-${o.short}, `}--${o.flag}${o.value === undefined ? "" : ` ${o.value}`}`;
  return o.help.map((line, i) => `  ${(i === 0 ? name : "").padEnd(25)}${line}`);
}

export const HELP = `Usage: flexjob-contract-check --base-url URL [options]

Checks a FlexjobService implementation at URL against spec/flexjob.yaml.

Options:
${OPTIONS.flatMap(usageLines).join("\n")}

Exit codes: 0 every check passed, 1 a check failed (and no baseline knows it) or the coverage is
under --min-coverage, 2 bad arguments, a file that cannot be read or written, or an unreachable URL.
Colours on a terminal; none when NO_COLOR is set or the output is piped (FORCE_COLOR forces them).
`;
