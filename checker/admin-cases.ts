/**
 * --admin-url: the 403 and 409 checks with the checker's own cases instead of the sandbox table.
 * Before the checks it puts, through the reference server's admin listener (spec/admin.yaml), an
 * offer whose company is not --organisation (403 not-authorized) and an offer and a grant in status Ukendt
 * (409 grant-status-unknown), each under a fresh id; after the checks it deletes them. The bodies are the
 * service's own 200 answers for the first --offer-case and --allocation-case, with those facts
 * changed, so they are valid for whatever spec the server serves.
 */
import { randomUUID } from "node:crypto";
import type { components } from "../generated/flexjob";
import { adminCall } from "./admin-listener";
import { validRequest } from "./checks/requests";
import type { CheckContext } from "./context";
import { freshRequestId, jsonOf } from "./http";
import { groupSelected } from "./selection";
import { operationById } from "./spec";
import { UsageError } from "./usage-error";

type OfferResponse = components["schemas"]["FlexjobOfferResponse"];
type AllocationResponse = components["schemas"]["FlexjobAllocationResponse"];

/** The grant status the reference server reads as Ukendt by default (--unknown-grant-status). */
const UKENDT = 1;

interface PutCase {
  operationId: "GetFlexjob" | "GetFlexjobAllocation";
  id: string;
  body: unknown;
}

/**
 * Runs `run` with --forbidden-case and --conflict-case set to cases put for the run, then removes
 * them; puts nothing when --only/--skip leave out both the authorisation and the conflict checks.
 */
export async function withAdminCases<T>(context: CheckContext, run: (context: CheckContext) => Promise<T>): Promise<T> {
  const { adminUrl, organisation } = context.options;
  const needed = groupSelected(context.options, "authorisation") || groupSelected(context.options, "conflict");
  if (adminUrl === undefined || !needed) return run(context);
  const forbiddenCase = randomUUID();
  const conflictCase = randomUUID();
  const cases = ownCases(await templates(context), organisation, forbiddenCase, conflictCase);
  const put: PutCase[] = [];
  try {
    for (const c of cases) {
      await adminCall(adminUrl, "PUT", "/cases", c.body, [200, 201]);
      put.push(c);
    }
    return await run({ ...context, options: { ...context.options, forbiddenCase, conflictCase } });
  } finally {
    for (const c of put) await adminCall(adminUrl, "DELETE", `/cases/${c.operationId}/${c.id}`, undefined, [204]);
  }
}

/** The service's 200 answers for the first offer and allocation case the options name. */
async function templates(context: CheckContext): Promise<{ offer: OfferResponse; grant: AllocationResponse }> {
  const read = async (operationId: PutCase["operationId"], caseId: string | undefined): Promise<unknown> => {
    if (caseId === undefined) throw new UsageError(`--admin-url needs a case ${operationId} answers with 200`);
    const request = validRequest(context, operationById(context.spec, operationId), freshRequestId(), caseId);
    const exchange = await context.send(request);
    if (exchange.status !== 200)
      throw new UsageError(`--admin-url: ${operationId} of case ${caseId} answered ${exchange.status}, not 200`);
    return jsonOf(exchange);
  };
  const { offerCases, allocationCases } = context.options;
  // Answers the positive checks hold to the 200 schema; a wrong one fails the PUT with the rule.
  const offer = (await read("GetFlexjob", offerCases[0])) as OfferResponse;
  const grant = (await read("GetFlexjobAllocation", allocationCases[0])) as AllocationResponse;
  return { offer, grant };
}

function ownCases(
  { offer, grant }: { offer: OfferResponse; grant: AllocationResponse },
  organisation: string,
  forbiddenCase: string,
  conflictCase: string,
): PutCase[] {
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
