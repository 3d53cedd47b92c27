/**
 * The reference server's order of checks (docs/server.md, "Order of checks"; the Express steps in
 * server/pipeline/create-flexjob-app.ts) for one operation's request as the Fetch API gives it,
 * over the same rules (core/): the answers are the server's, word for word, which the parity test
 * proves. Framework-free: MSW's resolver (create-flexjob-handlers.ts) only turns the answer into
 * a Response.
 */
import { OPERATIONS, REQUEST_ID_RULE, type OperationId } from "../generated/contract";
import {
  faultProblem,
  identifyCaller,
  isWellFormedRequestId,
  problem,
  replayedRequestId,
  requestIdRefusal,
  schemaViolations,
  withoutCpr,
  type Caller,
  type Fault,
  type HandlerInput,
} from "../core";
import type { FlexjobSandbox } from "./flexjob-sandbox";
import { readBody } from "./read-body";
import { bodyViolations, queryViolation } from "./request-violations";

/** What the request gets: an HTTP answer, or none (the connection dropped: a network error). */
export type Answer = { status: number; headers: Record<string, string>; text: string } | { dropped: true };

/** What the checks learnt about the request, for the journal. */
interface Facts {
  operationId: OperationId | null;
  requestId?: string;
  caseElementIdentifier?: string | undefined;
  organisationCode?: string | undefined;
  fault?: Fault;
}

type Outcome = { status: number; body: unknown };

const JSON_TYPE = "application/json; charset=utf-8";
const PROBLEM_TYPE = "application/problem+json; charset=utf-8";

/** Answers one request to `operationId`'s path and journals it. */
export async function answerRequest(request: Request, operationId: OperationId, sandbox: FlexjobSandbox) {
  const time = new Date().toISOString();
  const started = performance.now();
  const facts: Facts = { operationId };
  const answer = await decide(request, operationId, facts, sandbox);
  sandbox.journal.record({
    time,
    operationId: facts.operationId,
    status: "dropped" in answer ? null : answer.status,
    requestId: withoutCpr(facts.requestId) ?? null,
    caseElementIdentifier: withoutCpr(facts.caseElementIdentifier) ?? null,
    organisationCode: withoutCpr(facts.organisationCode) ?? null,
    fault: facts.fault ? { id: facts.fault.id, response: facts.fault.response } : null,
    durationMs: performance.now() - started,
  });
  return answer;
}

/** Steps 0 to 3, then the body's facts, the faults and the handler. */
async function decide(request: Request, operationId: OperationId, facts: Facts, sandbox: FlexjobSandbox) {
  const given = request.headers.get(REQUEST_ID_RULE.header);
  // The Fetch API joins repeated headers into one value, as no browser sends two.
  const requestId = isWellFormedRequestId(given ?? undefined) ? given! : undefined;
  facts.requestId = requestId;
  const send = (outcome: Outcome, headers: Record<string, string> = {}): Answer =>
    answerOf(outcome, requestId, headers);
  // 0. Another method than POST: 405 with Allow (not the operation's request, so no operationId).
  if (request.method !== "POST") {
    facts.operationId = null;
    const detail = `${new URL(request.url).pathname} answers POST only.`;
    return send(problem("method-not-allowed", detail, { requestId }), { Allow: "POST" });
  }
  // 1. x-requestId missing or malformed: 400. 2. Seen before: 412 (remembered from here on).
  const refusal = requestIdRefusal(given === null ? [] : [given]);
  if (refusal || requestId === undefined) return send(refusal!);
  if (!(await sandbox.requestIds.remember(requestId))) return send(replayedRequestId(requestId));
  // 3. The body: none 400, not JSON 415, over 1 MB 413, malformed 400, against the schema 400.
  const read = await readBody(request, requestId);
  if ("refused" in read) return send(read.refused);
  const violations = [...queryViolation(request.url)];
  if (violations.length === 0) violations.push(...bodyViolations(operationId, read.body));
  if (violations.length > 0) return send(schemaViolations(violations, requestId));
  return dispatch(request, operationId, read.body as ValidatedBody, { facts, sandbox, requestId, send });
}

/** A body the schema accepted: the caller's header, and the case id inside the operation's request wrapper. */
type ValidatedBody = HandlerInput<OperationId>["body"] & Record<string, { caseElementIdentifier?: string }>;

interface Checked {
  facts: Facts;
  sandbox: FlexjobSandbox;
  requestId: string;
  send: (outcome: Outcome) => Answer;
}

/** After every check: the faults (the oldest matching one applies), then 4. no caller 403, 5.–6. the handler. */
async function dispatch(request: Request, operationId: OperationId, body: ValidatedBody, checked: Checked) {
  const { facts, sandbox, requestId, send } = checked;
  const wrappers = OPERATIONS[operationId].case;
  facts.organisationCode = body.activeOrganisationHeader?.organisationCode;
  facts.caseElementIdentifier = wrappers ? body[wrappers.requestWrapper]?.caseElementIdentifier : undefined;
  const fault = await sandbox.state.takeFault({
    operationId,
    caseElementIdentifier: facts.caseElementIdentifier,
    organisationCode: facts.organisationCode,
  });
  if (fault) {
    facts.fault = fault;
    const faulted = await answerFault(fault, request.signal, requestId);
    if (faulted) return faulted;
  }
  let caller: Caller | undefined;
  if (sandbox.auth === "header" && wrappers !== null) {
    const identified = identifyCaller("header", body.activeOrganisationHeader, undefined);
    if ("refused" in identified) return send(problem("not-authorized", identified.refused, { requestId }));
    caller = identified.caller;
  }
  const input = { body, requestId, caseElementIdentifier: facts.caseElementIdentifier?.toLowerCase(), caller };
  // The body passed the operation's request schema: the handler of `operationId` takes exactly it.
  const handler = sandbox.handlers[operationId] as (input: unknown) => Promise<Outcome>;
  return send(await handler(input));
}

/** A fault's answer: a wait, then a Problem, a dropped connection or none (the normal answer follows). */
async function answerFault(fault: Fault, signal: AbortSignal, requestId: string): Promise<Answer | undefined> {
  if (fault.response.delayMs) await sleep(fault.response.delayMs, signal);
  if (signal.aborted) return { dropped: true };
  if (fault.response.connection === "reset") return { dropped: true };
  if (fault.response.connection === "hang") {
    await new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
    return { dropped: true };
  }
  const outcome = faultProblem(fault, requestId);
  return outcome && answerOf(outcome, requestId, {});
}

/** Waits `ms`, or less when the client gives up. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}

/** The answer as the server's one writer sends it: problems as application/problem+json, the x-requestId echoed. */
function answerOf(outcome: Outcome, requestId: string | undefined, headers: Record<string, string>): Answer {
  const all: Record<string, string> = { "Content-Type": outcome.status >= 400 ? PROBLEM_TYPE : JSON_TYPE, ...headers };
  if (requestId !== undefined) all[REQUEST_ID_RULE.header] = requestId;
  return { status: outcome.status, headers: all, text: JSON.stringify(outcome.body) };
}
