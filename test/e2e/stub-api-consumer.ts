/**
 * A consumer project's implementation of the service on the server-stub API, as text for the pack
 * test: its own cases (the sandbox's case files, read from the installed package), the pipeline's
 * outcomes for what is not a 200, and `@ts-expect-error` lines that fail the compile unless a
 * missing operation, an undeclared status and a wrong body shape are type errors.
 */
export const STUB_API = `import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  caseFactsOf,
  caseNotFound,
  createFlexjobApp,
  createLogger,
  grantStatusUnknown,
  mayReadCase,
  notAuthorized,
  serve,
  type Caller,
  type CaseBody,
  type Handlers,
  type Outcome,
} from "flexjob-reference-server";

type Offer = CaseBody<"GetFlexjob">;
type Allocation = CaseBody<"GetFlexjobAllocation">;

/** A case id whose lookup fails: the pipeline answers the spec's 500 Problem. */
export const FAILING_CASE = "deaddead-dead-4ead-8ead-deaddeaddead";

function readCases(dir: string): { offers: Map<string, Offer>; allocations: Map<string, Allocation> } {
  const offers = new Map<string, Offer>();
  const allocations = new Map<string, Allocation>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".json"))) {
    const body = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Offer | Allocation;
    if ("flexjobRequestResponseType" in body)
      offers.set(body.flexjobRequestResponseType.caseElementIdentifier.toLowerCase(), body);
    else allocations.set(body.flexjobAllocationResponseType.caseElementIdentifier.toLowerCase(), body);
  }
  return { offers, allocations };
}

interface Asked {
  requestId: string;
  caseElementIdentifier: string | undefined;
  caller: Caller | undefined;
}

function lookUp<B extends Offer | Allocation>(cases: Map<string, B>, input: Asked) {
  if (input.caseElementIdentifier === FAILING_CASE) throw new Error("the case store failed for 0101901234");
  const found = input.caseElementIdentifier === undefined ? undefined : cases.get(input.caseElementIdentifier);
  if (found === undefined) return caseNotFound(input);
  if (!mayReadCase(input, found)) return notAuthorized(input);
  if (caseFactsOf(found).caseElementFlowState.jobAllocationStatusIdentifier === 1) return grantStatusUnknown(input);
  return { status: 200 as const, body: found };
}

export function createHandlers(dir: string) {
  const { offers, allocations } = readCases(dir);
  return {
    GetFlexjob: async (input) => lookUp(offers, input),
    GetFlexjobAllocation: async (input) => lookUp(allocations, input),
    IsAliveAsync: async () => ({ status: 200, body: { isAliveResponseType: { isAlive: true } } }),
  } satisfies Handlers;
}

const handlers = createHandlers(process.argv[2] ?? ".");
// @ts-expect-error a set without GetFlexjobAllocation is no Handlers
const missing: Handlers = { GetFlexjob: handlers.GetFlexjob, IsAliveAsync: handlers.IsAliveAsync };
// @ts-expect-error IsAliveAsync declares no 404
const undeclared: Outcome<"IsAliveAsync"> = caseNotFound({ requestId: "r" });
// @ts-expect-error a 200 of GetFlexjob is a FlexjobOfferResponse, not an IsAliveResponse
const wrongBody: Outcome<"GetFlexjob"> = { status: 200, body: { isAliveResponseType: { isAlive: true } } };
void [missing, undeclared, wrongBody];

async function main(): Promise<void> {
  const logger = createLogger({ level: "info", name: "stub-api-consumer" });
  const app = createFlexjobApp({ handlers, validateResponses: true, logger });
  const server = await serve(app, { port: 0, logger });
  logger.info({ url: server.url }, "listening");
  process.once("SIGTERM", () => void server.close().then(() => process.exit(0)));
}

void main();
`;
