/**
 * Handler types derived from the generated `operations`: a handler receives the validated body and
 * returns an outcome whose status is one the spec declares for that operation, with that status's
 * body. `satisfies Handlers` makes a missing operation, an undeclared status or a wrong body shape
 * a compile error.
 */
import type { CaseOperationId, OperationId } from "../generated/contract";
import type { operations } from "../generated/flexjob";
import type { Caller } from "./caller";
import type { CertificateIdentity } from "./certificate-identity";

export type { CaseOperationId, OperationId };

type Responses<O extends OperationId> = operations[O]["responses"];
type BodyOf<R> = R extends { content: infer C } ? C[keyof C] : undefined;

/** `{ status, body }` for each status the spec declares for operation O. */
export type Outcome<O extends OperationId> = {
  [S in keyof Responses<O>]: { status: S; body: BodyOf<Responses<O>[S]> };
}[keyof Responses<O>];

export type RequestBody<O extends OperationId> = operations[O]["requestBody"]["content"]["application/json"];

/** The 200 body of a case-reading operation: one case. */
export type CaseBody<O extends CaseOperationId> = operations[O]["responses"][200]["content"]["application/json"];

export interface HandlerInput<O extends OperationId> {
  /** The body, already validated against the operation's request schema. */
  body: RequestBody<O>;
  /** The request's x-requestId, already checked (1..46 characters) and not seen before. */
  requestId: string;
  /**
   * Of a case-reading operation: the caseElementIdentifier the request names, lower-cased (case ids
   * compare ignoring case); undefined when the request names none.
   */
  caseElementIdentifier: O extends CaseOperationId ? string | undefined : undefined;
  /**
   * Of a case-reading operation: who calls (caller.ts), already identified; undefined only with
   * auth "off", where anyone reads anything.
   */
  caller: O extends CaseOperationId ? Caller | undefined : undefined;
  /** With auth "certificate": the organisation of the client certificate the handshake verified. */
  certificate?: CertificateIdentity;
}

export type Handler<O extends OperationId> = (input: HandlerInput<O>) => Promise<Outcome<O>>;

/** One handler per operation of the spec. */
export type Handlers = { [O in OperationId]: Handler<O> };
