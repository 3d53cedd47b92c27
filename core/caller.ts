/**
 * Who calls, for an operation that reads a case (the contract's `case` wrappers): with auth
 * "header" the organisation activeOrganisationHeader names; with "certificate" the CVR of the
 * client certificate the TLS handshake verified; with "off" nobody is asked. A request that names
 * no caller the auth mode accepts is refused by the pipeline before its handler runs.
 */
import type { components } from "../generated/flexjob";
import type { CertificateIdentity } from "./certificate-identity";

export type AuthMode = "header" | "certificate" | "off";

/** The organisation type of a company, Virksomhed (the spec's ActiveOrganisationHeaderType). */
export const COMPANY_ORGANISATION_TYPE = 24;

type OrganisationHeader = components["schemas"]["ActiveOrganisationHeaderType"];

export interface Caller {
  /** The caller's organisation code: a company's CVR number. */
  organisation: string;
  /** activeOrganisationHeader.organisationTypeIdentifier; a certificate's organisation is a company (24). */
  organisationType: number;
  /** Where the pipeline read it: the header (auth "header") or the verified client certificate. */
  from: "header" | "certificate";
}

/** The caller, or why the request has none that may read anything. */
export type Identified = { caller: Caller } | { refused: string };

/**
 * With a certificate, the certificate alone decides; a header naming another organisation is
 * refused rather than ignored, as it shows the caller believes it is someone else.
 */
export function identifyCaller(
  auth: Exclude<AuthMode, "off">,
  header: OrganisationHeader | undefined,
  certificate: CertificateIdentity | undefined,
): Identified {
  if (auth === "header") {
    if (header === undefined)
      return { refused: "The request names no organisation: activeOrganisationHeader is missing." };
    return {
      caller: {
        organisation: header.organisationCode,
        organisationType: header.organisationTypeIdentifier,
        from: "header",
      },
    };
  }
  if (certificate === undefined) return { refused: "The request has no client certificate." };
  if (certificate.cvr === undefined) return { refused: certificate.why };
  if (header !== undefined && header.organisationCode !== certificate.cvr)
    return {
      refused:
        "activeOrganisationHeader.organisationCode names another organisation than the client certificate " +
        `(CVR ${certificate.cvr}); leave the header out or name the certificate's organisation.`,
    };
  return {
    caller: { organisation: certificate.cvr, organisationType: COMPANY_ORGANISATION_TYPE, from: "certificate" },
  };
}
