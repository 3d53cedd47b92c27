/**
 * --admin-url: the 403 and 409 checks with the checker's own cases instead of the sandbox table.
 * Before the checks it puts, through the reference server's admin listener (spec/admin.yaml), an
 * offer whose company is not --organisation (403 / 4575) and an offer and a grant in status Ukendt
 * (409 / 80003), each under a fresh id; after the checks it deletes them. The bodies are the
 * bundled sandbox cases with those facts changed.
 */
import { randomUUID } from "node:crypto";
import { loadCaseBook, sandboxDir } from "../../server/case-book";
import type { CheckContext } from "./context";
import { UsageError } from "./options";

/** The grant status the reference server reads as Ukendt by default (--unknown-grant-status). */
const UKENDT = 1;

interface PutCase {
  operationId: "GetFlexjob" | "GetFlexjobAllocation";
  id: string;
  body: unknown;
}

/** Runs `run` with --forbidden-case and --conflict-case set to cases put for the run, then removes them. */
export async function withAdminCases<T>(context: CheckContext, run: (context: CheckContext) => Promise<T>): Promise<T> {
  const { adminUrl, organisation } = context.options;
  if (adminUrl === undefined) return run(context);
  const forbiddenCase = randomUUID();
  const conflictCase = randomUUID();
  const cases = ownCases(organisation, forbiddenCase, conflictCase);
  const put: PutCase[] = [];
  try {
    for (const c of cases) {
      await admin(adminUrl, "PUT", "/cases", c.body, [200, 201]);
      put.push(c);
    }
    return await run({ ...context, options: { ...context.options, forbiddenCase, conflictCase } });
  } finally {
    for (const c of put) await admin(adminUrl, "DELETE", `/cases/${c.operationId}/${c.id}`, undefined, [204]);
  }
}

function ownCases(organisation: string, forbiddenCase: string, conflictCase: string): PutCase[] {
  const book = loadCaseBook([sandboxDir()]);
  const offer = structuredClone([...book.GetFlexjob.values()][0]!);
  const grant = structuredClone([...book.GetFlexjobAllocation.values()][0]!);
  const foreign = structuredClone(offer);
  const foreignCvr = organisation === "11111114" ? "12345674" : "11111114";
  foreign.flexjobRequestResponseType.caseElementIdentifier = forbiddenCase;
  foreign.flexjobRequestResponseType.company.companyIdentifier.cvRnumberIdentifier.value = foreignCvr;
  delete foreign.flexjobRequestResponseType.caseElementFlowState.externalOperator;
  const cases: PutCase[] = [{ operationId: "GetFlexjob", id: forbiddenCase, body: foreign }];
  for (const [operationId, wrapper] of [
    ["GetFlexjob", offer.flexjobRequestResponseType],
    ["GetFlexjobAllocation", grant.flexjobAllocationResponseType],
  ] as const) {
    wrapper.caseElementIdentifier = conflictCase;
    wrapper.company.companyIdentifier.cvRnumberIdentifier.value = organisation;
    wrapper.caseElementFlowState.jobAllocationStatusIdentifier = UKENDT;
    cases.push({ operationId, id: conflictCase, body: operationId === "GetFlexjob" ? offer : grant });
  }
  return cases;
}

async function admin(adminUrl: string, method: string, path: string, body: unknown, ok: number[]): Promise<void> {
  let response: Response;
  try {
    response = await fetch(adminUrl + path, {
      method,
      ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new UsageError(
      `cannot reach --admin-url ${adminUrl}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const text = await response.text();
  if (!ok.includes(response.status))
    throw new UsageError(`--admin-url ${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
}
