/** Which checks --only, --skip and a case given as none leave out, and the reason each gives. */
import type { Check } from "../../checker/context";
import { groupSelected, skipReason } from "../../checker/selection";

const check = (group: Check["group"], skip?: string): Check => ({
  id: `${group}/x`,
  name: `${group} x`,
  group,
  expects: [],
  ...(skip === undefined ? {} : { skip }),
  run: () => Promise.resolve({ passed: true, reason: "" }),
});

describe("check selection", () => {
  it.each([
    { options: {}, group: "negative", selected: true, reason: undefined },
    { options: { onlyGroups: ["positive", "replay"] }, group: "replay", selected: true, reason: undefined },
    {
      options: { onlyGroups: ["positive", "replay"] },
      group: "negative",
      selected: false,
      reason: "left out by --only positive,replay",
    },
    { options: { skipGroups: ["method"] }, group: "method", selected: false, reason: "left out by --skip method" },
    { options: { skipGroups: ["method"] }, group: "header", selected: true, reason: undefined },
  ] as const)("$options: $group selected $selected", ({ options, group, selected, reason }) => {
    const given = { onlyGroups: undefined, skipGroups: undefined, ...options } as Parameters<typeof skipReason>[0];
    expect(groupSelected(given, group)).toBe(selected);
    expect(skipReason(given, check(group))).toBe(reason);
  });

  it("gives a check's own reason (a case given as none) when its group is selected", () => {
    expect(skipReason({}, check("conflict", "left out by --conflict-case none"))).toBe(
      "left out by --conflict-case none",
    );
    expect(skipReason({ skipGroups: ["conflict"] }, check("conflict", "left out by --conflict-case none"))).toBe(
      "left out by --skip conflict",
    );
  });
});
