/**
 * The answer of a fault with a status: the spec's Problem. A status or errorCode of the spec's
 * error table carries that row's type, title and errorCode (errorCode alone implies its status);
 * any other status gets a Problem of kind "injected-fault".
 */
import type { SendableOutcome } from "../http-adapter";
import { PROBLEM_KINDS, PROBLEM_TYPE_PREFIX, type Problem, type ProblemKind } from "../problems";
import type { Fault } from "./faults";

type Row = { status: number; title: string; errorCode?: number };

const ROWS = Object.entries(PROBLEM_KINDS) as [ProblemKind, Row][];

function rowOf(status: number | undefined, errorCode: number | undefined): [string, Row] | undefined {
  if (errorCode !== undefined) return ROWS.find(([, row]) => row.errorCode === errorCode);
  // A status with a STAR fault code first: 404 is case-not-found (80002) rather than not-found.
  return (
    ROWS.find(([, row]) => row.status === status && row.errorCode !== undefined) ??
    ROWS.find(([, row]) => row.status === status)
  );
}

/** The Problem for a fault with a status or errorCode; undefined for one without either. */
export function faultProblem(fault: Fault, requestId: string): SendableOutcome | undefined {
  const { status: given, errorCode } = fault.response;
  if (given === undefined && errorCode === undefined) return undefined;
  const found = rowOf(given, errorCode);
  const [kind, row] = found ?? ["injected-fault", { status: given!, title: "Injected fault" }];
  const status = given ?? row.status;
  const body: Problem = {
    type: PROBLEM_TYPE_PREFIX + kind,
    title: row.title,
    status,
    detail: `Fault ${fault.id}, put through the sandbox's admin listener, answered this request.`,
  };
  if (row.errorCode !== undefined) body.errorCode = row.errorCode as Problem["errorCode"];
  body.requestId = requestId;
  return { status, body };
}
