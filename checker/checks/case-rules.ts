/**
 * Case rules that depend on data only the implementation knows, checked with cases the user
 * names: a case the caller may not read gets not-authorized from GetFlexjob, and a case whose grant
 * status is Ukendt gets grant-status-unknown from every operation that reads a case. A case given
 * as `none` leaves its checks out: they are reported as skipped.
 */
import type { Check, CheckContext, CheckGroup } from "../context";
import { outcome } from "../context";
import { curlCommand } from "../curl";
import { responseProblems } from "../expect-response";
import { describePrescribed, prescribed } from "../prescribed";
import { freshRequestId } from "../http";
import { outcomeOf } from "../outcomes";
import type { OperationSpec } from "../spec";
import { readsCase } from "./cases";
import { validRequest } from "./requests";

interface CaseRule {
  group: CheckGroup;
  /** The last part of the check's id. */
  id: string;
  label: string;
  /** undefined: the user gave `none` for `flag`. */
  caseId: string | undefined;
  flag: string;
  want: { status: number; errorCode?: number };
  operations: OperationSpec[];
}

export function caseRuleChecks(context: CheckContext): Check[] {
  const { forbiddenCase, conflictCase } = context.options;
  const caseReaders = context.spec.operations.filter((operation) => readsCase(context, operation));
  const rules: CaseRule[] = [
    {
      group: "authorisation",
      id: "foreign-case",
      label: "foreign case",
      caseId: forbiddenCase,
      flag: "--forbidden-case",
      want: prescribed("not-authorized"),
      operations: caseReaders.filter((operation) => operation.operationId === "GetFlexjob"),
    },
    {
      group: "conflict",
      id: "grant-status-ukendt",
      label: "grant status Ukendt",
      caseId: conflictCase,
      flag: "--conflict-case",
      want: prescribed("grant-status-unknown"),
      operations: caseReaders,
    },
  ];
  return rules.flatMap((rule) =>
    rule.operations.map((operation): Check => ({
      id: `${rule.group}/${operation.operationId}/${rule.id}`,
      name: `${rule.group} ${operation.operationId} ${rule.label}`,
      group: rule.group,
      expects: [outcomeOf(operation.operationId, rule.want)],
      ...(rule.caseId === undefined ? { skip: `left out by ${rule.flag} none` } : {}),
      // A check without a case is skipped, so run() is only called with one.
      run: (ctx) => runCaseRule(ctx, operation, rule.caseId!, rule),
    })),
  );
}

async function runCaseRule(context: CheckContext, operation: OperationSpec, caseId: string, rule: CaseRule) {
  const requestId = freshRequestId();
  const request = validRequest(context, operation, requestId, caseId);
  const exchange = await context.send(request);
  const problems = responseProblems(context, operation, exchange, { ...rule.want, echo: requestId });
  return outcome(
    problems,
    `${describePrescribed(rule.want)} for case ${caseId} and organisation ${context.options.organisation}`,
    curlCommand(context.options.baseUrl, request),
  );
}
