/** The check groups, in the order the checks run; --only and --skip name these. */
export const CHECK_GROUPS = [
  "positive",
  "replay",
  "header",
  "negative",
  "not-found",
  "authorisation",
  "conflict",
  "method",
  "injected",
] as const;

export type CheckGroup = (typeof CHECK_GROUPS)[number];
