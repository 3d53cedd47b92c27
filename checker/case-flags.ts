/** The flags naming the service checked and the cases it is checked with, in --help order. */
import { CHECK_DEFAULTS } from "./check-options";
import type { Flag } from "./flag";
import { baseUrl, caseId, optionalCaseId, organisation } from "./option-values";
import { describePrescribed, prescribed } from "./prescribed";

const caseAnswer = (kind: Parameters<typeof prescribed>[0]): string => describePrescribed(prescribed(kind));
const caseList = (text: readonly string[], flag: string): string[] => text.map((c) => caseId(c, flag));

export const CASE_FLAGS: readonly Flag[] = [
  {
    flag: "base-url",
    value: "URL",
    help: ["the service's base URL, e.g. http://127.0.0.1:8080 (required)"],
    key: "baseUrl",
    parse: baseUrl,
  },
  {
    flag: "organisation",
    value: "CVR",
    help: [`activeOrganisationHeader.organisationCode of every request (default ${CHECK_DEFAULTS.organisation})`],
    key: "organisation",
    fallback: () => CHECK_DEFAULTS.organisation,
    parse: organisation,
  },
  {
    flag: "offer-case",
    value: "UUID",
    multiple: true,
    help: ["a case GetFlexjob answers with 200; repeatable", `(default ${CHECK_DEFAULTS.offerCases.join(", ")})`],
    key: "offerCases",
    fallback: () => CHECK_DEFAULTS.offerCases,
    parse: caseList,
  },
  {
    flag: "allocation-case",
    value: "UUID",
    multiple: true,
    help: [
      "a case GetFlexjobAllocation answers with 200; repeatable",
      `(default ${CHECK_DEFAULTS.allocationCases.join(", ")})`,
    ],
    key: "allocationCases",
    fallback: () => CHECK_DEFAULTS.allocationCases,
    parse: caseList,
  },
  {
    flag: "missing-case",
    value: "UUID",
    help: [`a case no operation knows: ${caseAnswer("case-not-found")} (default ${CHECK_DEFAULTS.missingCase})`],
    key: "missingCase",
    fallback: () => CHECK_DEFAULTS.missingCase,
    parse: caseId,
  },
  {
    flag: "forbidden-case",
    value: "UUID",
    help: [
      `a case --organisation may not read: GetFlexjob answers ${caseAnswer("not-authorized")}`,
      `(default ${CHECK_DEFAULTS.forbiddenCase}; none: not checked)`,
    ],
    key: "forbiddenCase",
    fallback: () => CHECK_DEFAULTS.forbiddenCase,
    parse: optionalCaseId,
  },
  {
    flag: "conflict-case",
    value: "UUID",
    help: [
      "a case whose grant status is Ukendt: every operation that reads a case",
      `answers ${caseAnswer("grant-status-unknown")} (default ${CHECK_DEFAULTS.conflictCase}; none: not checked)`,
    ],
    key: "conflictCase",
    fallback: () => CHECK_DEFAULTS.conflictCase,
    parse: optionalCaseId,
  },
];
