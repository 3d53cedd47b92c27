/**
 * Handler types derived from the generated `operations`: a handler receives the validated body and
 * returns an outcome whose status is one the spec declares for that operation, with that status's
 * body. `satisfies Handlers` makes a missing operation or an undeclared status a compile error.
 */
import type { operations } from "../../generated/flexjob";
import type { CertificateIdentity } from "./certificate-identity";
import type { OperationId } from "./routes";

type Responses<O extends OperationId> = operations[O]["responses"];
type BodyOf<R> = R extends { content: infer C } ? C[keyof C] : undefined;

/** `{ status, body }` for each status the spec declares for operation O. */
export type Outcome<O extends OperationId> = {
  [S in keyof Responses<O>]: { status: S; body: BodyOf<Responses<O>[S]> };
}[keyof Responses<O>];

export type RequestBody<O extends OperationId> = operations[O]["requestBody"]["content"]["application/json"];

export interface HandlerInput<O extends OperationId> {
  /** The body, already validated against the spec. */
  body: RequestBody<O>;
  /** The request's x-requestId, already checked (1..46 characters). */
  requestId: string;
  /** With `--auth certificate`: the organisation of the client certificate the handshake verified. */
  certificate?: CertificateIdentity;
}

export type Handler<O extends OperationId> = (input: HandlerInput<O>) => Promise<Outcome<O>>;

export type Handlers = { [O in OperationId]: Handler<O> };
