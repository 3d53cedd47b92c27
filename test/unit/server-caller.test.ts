/**
 * Who calls a case-reading operation, as the pipeline reads it before a handler runs: the header's
 * organisation with auth "header", the verified certificate's with "certificate"; a request that
 * names none the mode accepts is refused, with the reason.
 */
import { identifyCaller, type CertificateIdentity } from "../../server/pipeline";

const header = (organisationCode: string, organisationTypeIdentifier = 24) => ({
  organisationCode,
  organisationTypeIdentifier,
});
const certificate = (cvr: string): CertificateIdentity => ({ cvr });

describe("identifyCaller", () => {
  it.each([
    {
      given: 'auth "header" and a header',
      auth: "header",
      header: header("12345674", 8),
      certificate: undefined,
      want: { caller: { organisation: "12345674", organisationType: 8, from: "header" } },
    },
    {
      given: 'auth "header" and no header',
      auth: "header",
      header: undefined,
      certificate: undefined,
      want: { refused: "The request names no organisation: activeOrganisationHeader is missing." },
    },
    {
      given: 'auth "certificate" and no certificate',
      auth: "certificate",
      header: header("12345674"),
      certificate: undefined,
      want: { refused: "The request has no client certificate." },
    },
    {
      given: 'auth "certificate" and a certificate without CVR',
      auth: "certificate",
      header: undefined,
      certificate: { cvr: undefined, why: "no CVR in it" },
      want: { refused: "no CVR in it" },
    },
    {
      given: 'auth "certificate" and a header naming another organisation',
      auth: "certificate",
      header: header("11111114"),
      certificate: certificate("12345674"),
      want: {
        refused:
          "activeOrganisationHeader.organisationCode names another organisation than the client certificate (CVR 12345674); leave the header out or name the certificate's organisation.",
      },
    },
    {
      given: 'auth "certificate", a certificate and no header: a company',
      auth: "certificate",
      header: undefined,
      certificate: certificate("12345674"),
      want: { caller: { organisation: "12345674", organisationType: 24, from: "certificate" } },
    },
    {
      given: 'auth "certificate", a header of another type naming the certificate: a company all the same',
      auth: "certificate",
      header: header("12345674", 8),
      certificate: certificate("12345674"),
      want: { caller: { organisation: "12345674", organisationType: 24, from: "certificate" } },
    },
  ] as const)("$given", ({ auth, header: given, certificate: cert, want }) => {
    expect(identifyCaller(auth, given, cert)).toEqual(want);
  });
});
