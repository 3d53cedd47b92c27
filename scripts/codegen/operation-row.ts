/** One row of the generated operation table, as codegen reads it from the spec (contract-source.ts). */
export interface OperationRow {
  operationId: string;
  method: string;
  path: string;
  requestSchema: string;
  responseSchema: string;
  /** The wrappers of a case-reading operation; null when it reads no case. */
  case: { requestWrapper: string; responseWrapper: string } | null;
  errors: Record<string, { kind: string; errorCode: number | null }>;
}
