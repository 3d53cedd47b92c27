/**
 * The answer of a fault with a status: the spec's Problem. A status or errorCode of the spec's
 * error table carries that row's type, title and errorCode (errorCode alone implies its status);
 * any other status gets a Problem of kind "injected-fault".
 */
import { PROBLEM_KINDS } from "../../generated/contract";
import type { Problem } from "../problems";
import type { Fault } from "./faults";

/** The type of a fault answer whose status is not in the spec's error table: the sandbox's own, not STAR's. */
const INJECTED_FAULT = {
  type: "urn:flexjob-contract:problem:injected-fault",
  title: "Injected fault",
  errorCode: null,
};

type Row = { type: string; status: number; title: string; errorCode: number | null };

const ROWS: readonly Row[] = Object.values(PROBLEM_KINDS);

function rowOf(status: number | undefined, errorCode: number | undefined): Row | undefined {
  if (errorCode !== undefined) return ROWS.find((row) => row.errorCode === errorCode);
  // A status with a STAR fault code first: 404 is case-not-found (which has an errorCode) rather than not-found.
  return (
    ROWS.find((row) => row.status === status && row.errorCode !== null) ?? ROWS.find((row) => row.status === status)
  );
}

/** The Problem for a fault with a status or errorCode; undefined for one without either. */
export function faultProblem(fault: Fault, requestId: string): { status: number; body: Problem } | undefined {
  const { status: given, errorCode } = fault.response;
  if (given === undefined && errorCode === undefined) return undefined;
  const row = rowOf(given, errorCode) ?? { ...INJECTED_FAULT, status: given! };
  const status = given ?? row.status;
  const body: Problem = {
    type: row.type,
    title: row.title,
    status,
    detail: `Fault ${fault.id}, put through the sandbox's admin listener, answered this request.`,
  };
  if (row.errorCode !== null) body.errorCode = row.errorCode as Problem["errorCode"];
  body.requestId = requestId;
  return { status, body };
}
