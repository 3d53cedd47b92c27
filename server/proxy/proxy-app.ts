/**
 * createProxyApp: the contract's pipeline in front of the real service. A request the contract
 * refuses gets the Problem the sandbox would send (or, with `forwardInvalid`, goes on and is
 * reported); the rest is forwarded as sent, and the upstream's answer relayed unchanged, held to the
 * contract on the way (answer-check.ts): its violations are counted in `x-flexjob-violations`,
 * logged as pointer and rule, and given to `onViolations` (the journal). The replay rule is the
 * upstream's. An upstream that does not answer in time is a 504 Problem; one that cannot be
 * reached, resets or fails the TLS handshake a 502 Problem that says which.
 */
import type express from "express";
import type { Request, Response } from "express";
import pino, { type Logger } from "pino";
import { OPERATIONS, type CaseOperationId } from "../../generated/contract";
import {
  createContractApp,
  rawBodyOf,
  requestFacts,
  sendUncheckedProblem,
  type AuthMode,
  type CorsOrigins,
  type PipelineExtensions,
  type Problem,
} from "../pipeline";
import { answerViolations, type ContractViolation, type UpstreamAnswer } from "./answer-check";
import { endToEnd, forward, UpstreamFailure, type Upstream } from "./forward";
import type { Recorder } from "./recorder";

export const VIOLATIONS_HEADER = "x-flexjob-violations";

export interface ProxyOptions {
  upstream: Upstream;
  /** Forward a request the contract refuses, and only report it (default false: answer it). */
  forwardInvalid?: boolean;
  /** Writes each upstream 200 of a case-reading operation as a case file. */
  recorder?: Recorder | undefined;
  logger?: Logger;
  /** The client side's auth mode: "certificate" reads the caller's certificate for the log; the upstream decides who may read what. */
  auth?: AuthMode;
  cors?: CorsOrigins | undefined;
  /** Steps at the pipeline's extension points (the admin listener's journal and faults). */
  extensions?: PipelineExtensions | undefined;
  /** Every violation of one exchange, request's and answer's, once its answer is relayed. */
  onViolations?: (res: Response, violations: ContractViolation[]) => void;
}

const violationsOfRequest = new WeakMap<Response, ContractViolation[]>();

export function createProxyApp(options: ProxyOptions): express.Express {
  const logger = options.logger ?? pino({ enabled: false });
  return createContractApp({
    logger,
    auth: options.auth ?? "off",
    cors: options.cors,
    // Answers are relayed as the upstream sent them; the proxy's own are its Problems.
    validateResponses: false,
    replay: "upstream",
    keepRawBodies: true,
    requestChecks: options.forwardInvalid === true ? "report" : "refuse",
    reported: (res, violations) => violationsOfRequest.set(res, violations),
    extensions: options.extensions,
    answer: (req, res) => relay(req, res, options, logger),
  });
}

async function relay(req: Request, res: Response, options: ProxyOptions, logger: Logger): Promise<void> {
  const { operation, requestId } = requestFacts(res);
  const operationId = operation!.operationId;
  let answer: UpstreamAnswer;
  try {
    answer = await forward(options.upstream, {
      method: req.method,
      target: req.originalUrl,
      headers: req.headers,
      body: rawBodyOf(req),
    });
  } catch (error) {
    if (!(error instanceof UpstreamFailure)) throw error;
    logger.warn({ operationId, requestId, upstreamFailure: error.kind, reason: error.reason }, "upstream failed");
    return sendUncheckedProblem(res, upstreamProblem(error, requestId, options.upstream.timeoutMs));
  }
  const answered = answerViolations(operationId, requestId, answer);
  const violations = [...(violationsOfRequest.get(res) ?? []), ...answered];
  if (violations.length > 0)
    logger.warn({ operationId, requestId, status: answer.status, violations }, "the exchange breaks the contract");
  options.onViolations?.(res, violations);
  if (answer.status === 200 && answered.length === 0 && OPERATIONS[operationId].case !== null)
    record(options, operationId as CaseOperationId, answer);
  // Relayed unchanged: the pipeline's own echo of the x-requestId gives way to the upstream's headers.
  res.removeHeader("x-requestId");
  res.status(answer.status);
  for (const [name, value] of Object.entries(endToEnd(answer.headers)))
    if (value !== undefined) res.setHeader(name, value);
  res.setHeader(VIOLATIONS_HEADER, String(violations.length));
  res.end(answer.body);
}

function record(options: ProxyOptions, operationId: CaseOperationId, answer: UpstreamAnswer): void {
  if (!options.recorder) return;
  options.recorder.record(operationId, JSON.parse(answer.body.toString("utf8")) as unknown);
}

const FAILURES = {
  refused: "The upstream refused the connection",
  reset: "The upstream reset the connection before its answer was complete",
  tls: "The TLS handshake with the upstream failed",
  unresolved: "The upstream's host name does not resolve",
  failed: "The request to the upstream failed",
} as const;

/** The proxy's own Problems: 504 for an upstream that did not answer in time, 502 for one that failed. */
function upstreamProblem(
  failure: UpstreamFailure,
  requestId: string | undefined,
  timeoutMs: number,
): { status: number; body: Problem } {
  const body: Problem =
    failure.kind === "timeout"
      ? {
          type: "urn:flexjob-contract:problem:upstream-timeout",
          title: "Gateway timeout",
          status: 504,
          detail: `The upstream did not answer within ${timeoutMs} ms (--upstream-timeout).`,
        }
      : {
          type: "urn:flexjob-contract:problem:upstream-failed",
          title: "Bad gateway",
          status: 502,
          detail: `${FAILURES[failure.kind]} (${failure.reason}).`,
        };
  if (requestId !== undefined) body.requestId = requestId;
  return { status: body.status, body };
}
