/**
 * The calling organisation from its client certificate, as STAR reads it: the CVR number in the
 * subject of an OCES3 organisation certificate (organizationIdentifier, OID 2.5.4.97,
 * `NTRDK-<8 digits>`) or of an OCES2 / FOCES certificate (serialNumber `CVR:<8 digits>-FID:<digits>`,
 * also `-UID:` and `-RID:`). Only a certificate the TLS handshake verified counts.
 */
import type { TLSSocket } from "node:tls";

/** The certificate's CVR, or why the certificate names none. */
export type CertificateIdentity = { cvr: string } | { cvr: undefined; why: string };

const OCES3 = /^NTRDK-(\d{8})$/;
const OCES2 = /^CVR:(\d{8})-(?:FID|UID|RID):\d+$/;

export const LOOKED_FOR =
  "organizationIdentifier (OID 2.5.4.97) NTRDK-<8 digits> (OCES3) or serialNumber CVR:<8 digits>-FID:<digits>, " +
  "-UID:<digits> or -RID:<digits> (OCES2 / FOCES)";

/** A subject as node:tls gives it: attribute short name → value, or values when repeated. */
export type Subject = Readonly<Record<string, string | readonly string[] | undefined>>;

/** The CVR a subject names; none when it names none or more than one. */
export function identityOfSubject(subject: Subject): CertificateIdentity {
  const cvrs = new Set([...matches(subject.organizationIdentifier, OCES3), ...matches(subject.serialNumber, OCES2)]);
  const [cvr, other] = [...cvrs];
  if (cvr === undefined)
    return { cvr: undefined, why: `The client certificate's subject has no CVR: looked for ${LOOKED_FOR}.` };
  if (other !== undefined)
    return {
      cvr: undefined,
      why: `The client certificate's subject names more than one CVR (${[...cvrs].join(", ")}).`,
    };
  return { cvr };
}

function matches(value: string | readonly string[] | undefined, pattern: RegExp): string[] {
  const values = value === undefined ? [] : typeof value === "string" ? [value] : value;
  return values.flatMap((v) => pattern.exec(v)?.[1] ?? []);
}

/** The identity of the connection's verified client certificate. */
export function identityOfSocket(socket: unknown): CertificateIdentity {
  const tls = socket as Partial<TLSSocket>;
  if (typeof tls.getPeerCertificate !== "function")
    return { cvr: undefined, why: "The request did not come over TLS, so it has no client certificate." };
  if (tls.authorized !== true)
    return { cvr: undefined, why: "The connection has no client certificate verified by the server's CA." };
  return identityOfSubject(tls.getPeerCertificate().subject);
}
