/**
 * Which checks run: --only GROUPS keeps only the groups named, --skip GROUPS leaves the groups
 * named out. A check left out is reported as skipped with the reason, never dropped silently.
 */
import type { Check, CheckGroup } from "./context";
import type { CheckOptions } from "./check-options";

type Selection = Pick<CheckOptions, "onlyGroups" | "skipGroups">;

/** Whether --only/--skip let the group run. */
export function groupSelected(options: Selection, group: CheckGroup): boolean {
  if (options.onlyGroups !== undefined) return options.onlyGroups.includes(group);
  return !(options.skipGroups ?? []).includes(group);
}

/** Why the check is left out (its group not selected, or a case given as none); undefined: it runs. */
export function skipReason(options: Selection, check: Check): string | undefined {
  if (options.onlyGroups !== undefined && !options.onlyGroups.includes(check.group))
    return `left out by --only ${options.onlyGroups.join(",")}`;
  if (options.skipGroups?.includes(check.group)) return `left out by --skip ${options.skipGroups.join(",")}`;
  return check.skip;
}
