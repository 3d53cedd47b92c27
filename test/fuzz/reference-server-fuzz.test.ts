/**
 * Property-based fuzzing of the reference server in process: thousands of random invalid
 * requests — the checker's generated negative cases and wholly random method, path, headers and
 * bytes — never get a 5xx, never log an unexpected error, never stop the server, and leave the heap
 * no bigger than a bound once collected.
 */
import * as fc from "fast-check";
import { kindInput, NEGATIVE_KINDS } from "../../checker/checks/negative";
import type { CheckContext } from "../../checker/context";
import { bodyText, type NegativeCase } from "../../checker/negative/negative-case";
import { parseCommand } from "../../checker/options";
import { createContext } from "../../checker/run";
import { documentedKey } from "../../checker/spec";
import { collectGarbage, startFuzzTarget, type FuzzTarget } from "./fuzz-target";
import { randomRequest, send, type FuzzRequest, type FuzzResponse } from "./random-requests";

jest.setTimeout(60_000);

let target: FuzzTarget;
let context: CheckContext;

beforeAll(async () => {
  target = await startFuzzTarget();
  const command = parseCommand(["--base-url", target.baseUrl, "--seed", "1"]);
  if (command.print) throw new Error("unexpected help");
  context = createContext(command.options);
});

afterAll(() => target.close());

/** Every problem with an answer, [] when it is a client error (or, for a maybe valid request, a 200) as the spec gives it. */
function answerProblems(request: FuzzRequest, response: FuzzResponse): string[] {
  if (response.status >= 500) return [`status ${response.status}: ${response.text.slice(0, 200)}`];
  if (response.status < 400 && !request.mayBeValid) return [`status ${response.status} for an invalid request`];
  const wrongStatus = statusProblem(request, response.status);
  if (wrongStatus) return [wrongStatus];
  if (request.method === "HEAD") return [];
  const expected = response.status >= 400 ? "application/problem+json" : "application/json";
  if (!response.contentType.startsWith(expected))
    return [`content-type ${response.contentType} with ${response.status}`];
  const validate = response.status >= 400 ? context.schemas.named("Problem") : successSchema(request);
  return validate(safeJson(response.text))
    ? []
    : [`the ${response.status} body breaks the spec: ${response.text.slice(0, 200)}`];
}

/** A POST to an operation gets a status it documents; another method there 405; any other path 404. */
function statusProblem(request: FuzzRequest, status: number): string | undefined {
  const path = request.path.split("?")[0];
  const operation = context.spec.operations.find((o) => o.path === path && o.method === request.method);
  if (operation)
    return documentedKey(operation, status)
      ? undefined
      : `status ${status}, which ${operation.operationId} does not document`;
  const expected = context.spec.operations.some((o) => o.path === path) ? 405 : 404;
  return status === expected
    ? undefined
    : `status ${status} for ${request.method} ${request.path} (expected ${expected})`;
}

function successSchema(request: FuzzRequest) {
  const operation = context.spec.operations.find(
    (o) => o.path === request.path.split("?")[0] && o.method === request.method,
  );
  if (!operation) throw new Error(`a 2xx for ${request.method} ${request.path}, which is no operation`);
  return context.schemas.response(operation, "200", "application/json")!;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The checker's negative cases of every operation and kind, without the 1 MB ones. */
function generatedNegativeRequests(): fc.Arbitrary<FuzzRequest> {
  const options = context.spec.operations.flatMap((operation) => {
    const input = kindInput(context, operation);
    return NEGATIVE_KINDS.filter((kind) => kind.id !== "oversized-body").flatMap((kind) => {
      const arbitrary = kind.arbitrary(input);
      return arbitrary ? [arbitrary.map((kase: NegativeCase) => toRequest(operation.path, kase))] : [];
    });
  });
  return fc.oneof(...options);
}

function toRequest(path: string, kase: NegativeCase): FuzzRequest {
  const headers = { "content-type": kase.payload.contentType, "x-requestId": crypto.randomUUID() };
  return { method: "POST", path, headers, body: bodyText(kase.payload), mayBeValid: false };
}

async function holds(request: FuzzRequest): Promise<void> {
  const response = await send(target.baseUrl, request);
  expect({ request, problems: answerProblems(request, response) }).toEqual({ request, problems: [] });
}

describe("the reference server under fuzzing", () => {
  it("answers the checker's generated invalid bodies with a documented client error", async () => {
    await fc.assert(fc.asyncProperty(generatedNegativeRequests(), holds), { seed: 11, numRuns: 1500 });
  });

  it("answers random methods, paths, headers and bytes without a server error", async () => {
    await fc.assert(fc.asyncProperty(randomRequest(context), holds), { seed: 12, numRuns: 2000 });
  });

  it("logs no unexpected error and still answers afterwards", async () => {
    expect(target.errors).toEqual([]);
    const alive = await send(target.baseUrl, {
      method: "POST",
      path: "/Flexjob/IsAlive",
      headers: { "content-type": "application/json", "x-requestId": crypto.randomUUID() },
      body: "{}",
      mayBeValid: true,
    });
    expect(alive.status).toBe(200);
  });

  it("keeps the heap bounded over a thousand more random requests", async () => {
    const gc = collectGarbage();
    const run = (seed: number) => fc.assert(fc.asyncProperty(randomRequest(context), holds), { seed, numRuns: 1000 });
    await run(13);
    gc();
    const before = process.memoryUsage().heapUsed;
    await run(14);
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    // A thousand remembered request ids take well under 1 MB; a leaked body or socket per request would take far more.
    expect(grown).toBeLessThan(16 * 1024 * 1024);
  });
});
