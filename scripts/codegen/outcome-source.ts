/**
 * The documented outcomes of generated/contract.ts: for each operation, every status its responses
 * declare, with the errorCode and problem kind the error table gives that status (null for a
 * success). The contract checker's coverage counts against this list.
 */
import type { OperationRow } from "./operation-row";
import { eachOperation, SpecShapeError, type SpecDocument } from "./spec-document";

export interface DocumentedOutcome {
  operationId: string;
  status: number;
  errorCode: number | null;
  kind: string | null;
}

export function documentedOutcomes(document: SpecDocument, rows: readonly OperationRow[]): DocumentedOutcome[] {
  return eachOperation(document).flatMap(({ method, path, raw }) => {
    const row = rows.find((r) => r.method === method && r.path === path)!;
    return Object.keys(raw.responses ?? {}).map((key): DocumentedOutcome => {
      if (!/^[1-5]\d\d$/.test(key))
        throw new SpecShapeError(`${method} ${path} response ${key}: codegen needs each status written out`);
      const error = row.errors[key];
      const operationId = row.operationId;
      if (error === undefined) return { operationId, status: Number(key), errorCode: null, kind: null };
      return { operationId, status: Number(key), errorCode: error.errorCode, kind: error.kind };
    });
  });
}

export function renderDocumentedOutcomes(outcomes: readonly DocumentedOutcome[]): string {
  return `
/** Every documented outcome: each status an operation's responses declare, with the errorCode and problem kind the error table gives it (null: none). The contract checker's coverage counts against this list. */
export const DOCUMENTED_OUTCOMES = [
${outcomes.map((o) => `  ${JSON.stringify(o).replace(/,"/g, ', "').replace(/":/g, '": ')},`).join("\n")}
] as const;

export type DocumentedOutcome = (typeof DOCUMENTED_OUTCOMES)[number];
`;
}
