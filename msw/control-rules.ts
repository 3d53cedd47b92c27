/**
 * The rules of the control API's input, as spec/admin.yaml states them for the admin listener
 * (FaultRequest, FaultMatch, FaultResponse; GET /requests' limit). A breach throws a TypeError
 * that names the field, the rule and the value, before anything changes.
 */
import { ERROR_CODES, FORMAT_PATTERNS, OPERATIONS } from "../generated/contract";
import { faultResponseViolation, type FaultMatch, type FaultResponse } from "../core";

/** What addFault takes: the admin listener's POST /faults body. */
export interface FaultRequest {
  /** Every field given must equal the request's; none: every request of every operation. */
  match?: FaultMatch;
  response: FaultResponse;
  /** How many matching requests get it (1 to 1 000 000; default every one, until removed). */
  times?: number;
}

/** The most faults that wait at once (spec/admin.yaml's FaultList maxItems). */
export const MAX_FAULTS = 1000;

/** The most journal entries one call reads (spec/admin.yaml's limit maximum). */
export const MAX_REQUESTS_LIMIT = 100_000;

function fail(field: string, rule: string, value: unknown): never {
  throw new TypeError(`${field} ${rule}; got ${JSON.stringify(value) ?? String(value)}`);
}

function isWhole(value: unknown, min: number, max: number): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

function onlyKeys(field: string, value: unknown, keys: readonly string[]): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(field, "must be an object", value);
  const unknown = Object.keys(value).find((key) => !keys.includes(key));
  if (unknown !== undefined) fail(field, `may have only ${keys.join(", ")} (not ${unknown})`, value);
  return value as Record<string, unknown>;
}

function checkMatch(value: unknown): void {
  const match = onlyKeys("addFault: match", value, ["operationId", "caseElementIdentifier", "organisationCode"]);
  const { operationId, caseElementIdentifier, organisationCode } = match;
  if (operationId !== undefined && !Object.keys(OPERATIONS).includes(operationId as string))
    fail("addFault: match.operationId", `must be one of ${Object.keys(OPERATIONS).join(", ")}`, operationId);
  if (
    caseElementIdentifier !== undefined &&
    (typeof caseElementIdentifier !== "string" || !FORMAT_PATTERNS.uuid.test(caseElementIdentifier))
  )
    fail("addFault: match.caseElementIdentifier", "must be a uuid", caseElementIdentifier);
  if (
    organisationCode !== undefined &&
    (typeof organisationCode !== "string" || organisationCode.length < 1 || organisationCode.length > 20)
  )
    fail("addFault: match.organisationCode", "must be a string of 1 to 20 characters", organisationCode);
}

function checkResponse(value: unknown): void {
  const response = onlyKeys("addFault: response", value, ["status", "errorCode", "delayMs", "connection"]);
  if (Object.keys(response).length === 0)
    fail("addFault: response", "must give status, errorCode, delayMs or connection", value);
  const { status, errorCode, delayMs, connection } = response;
  if (status !== undefined && !isWhole(status, 400, 599))
    fail("addFault: response.status", "must be a whole number from 400 to 599", status);
  if (errorCode !== undefined && !(ERROR_CODES as readonly unknown[]).includes(errorCode))
    fail("addFault: response.errorCode", `must be one of ${ERROR_CODES.join(", ")}`, errorCode);
  if (delayMs !== undefined && !isWhole(delayMs, 0, 600_000))
    fail("addFault: response.delayMs", "must be a whole number from 0 to 600000", delayMs);
  if (connection !== undefined && connection !== "reset" && connection !== "hang")
    fail("addFault: response.connection", 'must be "reset" or "hang"', connection);
  const violation = faultResponseViolation(response);
  if (violation) fail("addFault: response", violation, value);
}

/** Throws a TypeError naming the first broken rule of a fault request. */
export function checkFaultRequest(request: unknown): asserts request is FaultRequest {
  const { match, response, times } = onlyKeys("addFault: the fault", request, ["match", "response", "times"]);
  if (match !== undefined) checkMatch(match);
  if (response === undefined) fail("addFault: response", "is required", response);
  checkResponse(response);
  if (times !== undefined && !isWhole(times, 1, 1_000_000))
    fail("addFault: times", "must be a whole number from 1 to 1000000", times);
}

/** Throws a TypeError unless `limit` is undefined or a whole number from 1 to 100 000. */
export function checkRequestsLimit(limit: unknown): asserts limit is number | undefined {
  if (limit !== undefined && !isWhole(limit, 1, MAX_REQUESTS_LIMIT))
    fail("requests: limit", `must be a whole number from 1 to ${MAX_REQUESTS_LIMIT}`, limit);
}
