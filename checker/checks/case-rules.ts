/**
 * Case rules that depend on data only the implementation knows, checked with cases the user
 * names: a case the caller may not read gets not-authorized from GetFlexjob, and a case whose grant
 * status is Ukendt gets grant-status-unknown from every operation that reads a case.
 */
import type { Check, CheckContext, CheckGroup } from "../context";
import { outcome } from "../context";
import { curlCommand } from "../curl";
import { describePrescribed, prescribed, responseProblems } from "../expect-response";
import { freshRequestId } from "../http";
import type { OperationSpec } from "../spec";
import { readsCase } from "./cases";
import { validRequest } from "./requests";

interface CaseRule {
  group: CheckGroup;
  label: string;
  caseId: string;
  want: { status: number; errorCode?: number };
  operations: OperationSpec[];
}

export function caseRuleChecks(context: CheckContext): Check[] {
  const { forbiddenCase, conflictCase } = context.options;
  const caseReaders = context.spec.operations.filter((operation) => readsCase(context, operation));
  const rules: CaseRule[] = [];
  if (forbiddenCase !== undefined) {
    const operations = caseReaders.filter((operation) => operation.operationId === "GetFlexjob");
    rules.push({
      group: "authorisation",
      label: "foreign case",
      caseId: forbiddenCase,
      want: prescribed("not-authorized"),
      operations,
    });
  }
  if (conflictCase !== undefined) {
    rules.push({
      group: "conflict",
      label: "grant status Ukendt",
      caseId: conflictCase,
      want: prescribed("grant-status-unknown"),
      operations: caseReaders,
    });
  }
  return rules.flatMap((rule) =>
    rule.operations.map((operation): Check => ({
      name: `${rule.group} ${operation.operationId} ${rule.label}`,
      group: rule.group,
      run: (ctx) => runCaseRule(ctx, operation, rule),
    })),
  );
}

async function runCaseRule(context: CheckContext, operation: OperationSpec, rule: CaseRule) {
  const requestId = freshRequestId();
  const request = validRequest(context, operation, requestId, rule.caseId);
  const exchange = await context.send(request);
  const problems = responseProblems(context, operation, exchange, { ...rule.want, echo: requestId });
  return outcome(
    problems,
    `${describePrescribed(rule.want)} for case ${rule.caseId} and organisation ${context.options.organisation}`,
    curlCommand(context.options.baseUrl, request),
  );
}
