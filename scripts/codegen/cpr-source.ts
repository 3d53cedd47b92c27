/**
 * The CPR rule of generated/contract.ts (the spec's `x-cpr-shaped`): what every record of requests
 * and answers withholds, the reference server's log and journal and the checker's HAR files alike.
 * A rule on records, not on the data: the schemas carry no CPR pattern.
 */
import { SpecShapeError, type SpecDocument } from "./spec-document";

export function renderCprShaped(document: SpecDocument): string {
  const rule = document["x-cpr-shaped"];
  if (typeof rule?.pattern !== "string" || typeof rule.placeholder !== "string")
    throw new SpecShapeError("x-cpr-shaped needs a pattern and a placeholder");
  let pattern: RegExp;
  try {
    pattern = new RegExp(rule.pattern);
  } catch (error) {
    throw new SpecShapeError(`x-cpr-shaped.pattern is no regular expression: ${(error as Error).message}`);
  }
  if (pattern.test(rule.placeholder))
    throw new SpecShapeError("x-cpr-shaped.placeholder must not itself be CPR-shaped");
  return `
/** What records of requests and answers withhold (x-cpr-shaped): anything matching \`pattern\`, wherever it occurs, shown as \`placeholder\`. A rule on records, not on the data. */
export const CPR_SHAPED = {
  pattern: ${String(pattern)},
  placeholder: ${JSON.stringify(rule.placeholder)},
} as const;
`;
}
