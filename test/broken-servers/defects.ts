/**
 * The deliberately broken servers, one defect each. Each is the reference server with exactly one
 * contract breach, so the checker must fail the checks about that breach and no other.
 */
import type { Defect, Exchanged } from "./broken-server";
import { operationOf, withJsonBody } from "./broken-server";

type Json = Record<string, unknown>;

function object(value: unknown): Json {
  return value as Json;
}

/** GetFlexjob's 200 body lacks the required `company`. */
export const missingRequiredElement: Defect = {
  response: (answer, request) =>
    operationOf(request) === "GetFlexjob" && answer.status === 200
      ? withJsonBody(answer, (body) => delete object(body.flexjobRequestResponseType).company)
      : answer,
};

/** GetFlexjob's 200 body has a companyName of 1201 characters (maxLength 1200). */
export const overLongString: Defect = {
  response: (answer, request) =>
    operationOf(request) === "GetFlexjob" && answer.status === 200
      ? withJsonBody(answer, (body) => {
          object(object(body.flexjobRequestResponseType).company).companyName = "x".repeat(1201);
        })
      : answer,
};

/** GetFlexjobAllocation's 200 body has workLoad as a string (int32 in the spec). */
export const wrongType: Defect = {
  response: (answer, request) =>
    operationOf(request) === "GetFlexjobAllocation" && answer.status === 200
      ? withJsonBody(answer, (body) => {
          const allocation = object(object(body.flexjobAllocationResponseType).flexjobAllocation);
          allocation.workLoad = String(allocation.workLoad);
        })
      : answer,
};

/** IsAlive's 200 body carries a property the spec does not document. */
export const undocumentedProperty: Defect = {
  response: (answer, request) =>
    operationOf(request) === "IsAliveAsync" && answer.status === 200
      ? withJsonBody(answer, (body) => {
          object(body.isAliveResponseType ?? (body.isAliveResponseType = {})).version = "1.0";
        })
      : answer,
};

function hasWellFormedRequestId(request: Exchanged): boolean {
  const id = request.headers["x-requestid"];
  return typeof id === "string" && id.length >= 1 && id.length <= 46;
}

/** A body that breaks the schema (or is not JSON) gets 422, which no operation documents. */
export const undocumentedStatus: Defect = {
  response: (answer, request) =>
    answer.status === 400 && hasWellFormedRequestId(request)
      ? withJsonBody({ ...answer, status: 422 }, (body) => {
          body.status = 422;
        })
      : answer,
};

/** The server forgets every x-requestId: a replay gets 200 instead of 412. */
export const replayAccepted: Defect = {
  app: { requestIdStore: { remember: () => Promise.resolve(true), clear: () => Promise.resolve() } },
};

function isMalformedJson(request: Exchanged): boolean {
  if (!String(request.headers["content-type"] ?? "").startsWith("application/json") || request.body.length === 0)
    return false;
  try {
    JSON.parse(request.body.toString("utf8"));
    return false;
  } catch {
    return true;
  }
}

/** Malformed JSON gets 500 (1011) instead of 400 (1014); the id is still remembered. */
export const internalErrorOnMalformedJson: Defect = {
  response: (answer, request) =>
    isMalformedJson(request) && answer.status === 400
      ? withJsonBody({ ...answer, status: 500 }, (body) => {
          Object.assign(body, {
            type: "urn:flexjob-contract:problem:internal-error",
            title: "Internal error",
            status: 500,
            errorCode: 1011,
          });
          delete body.errors;
        })
      : answer,
};

/** Malformed JSON gets no answer at all: the checker must time out, fail the check and go on. */
export const silentOnMalformedJson: Defect = {
  unanswered: isMalformedJson,
};
