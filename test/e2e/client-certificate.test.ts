/**
 * flexjob-contract/client/node: the typed client presenting a client certificate (as STAR
 * requires) through createCertificateFetch, against the reference server behind HTTPS that
 * demands one from the test CA (test/fixtures/tls, fictitious).
 */
import { readFileSync } from "node:fs";
import type { RequestListener } from "node:http";
import { createFlexjobClient, isFlexjobApiError, isFlexjobNetworkError, isFlexjobTimeoutError } from "../../client";
import { validateResponses } from "../../client/validate";
import { createCertificateFetch, type CertificateFetch, type ClientCertificate } from "../../client/node";
import { createApp } from "../../server/sandbox/create-app";
import { PFX_PASSPHRASE, startMutualTlsServer, tlsFile, type MutualTlsServer } from "../fixtures/tls-server";
import { CASES } from "../fixtures/sandbox-table";

const OFFER_CASE = CASES.offer;
const ca = readFileSync(tlsFile("ca.crt"));
const pfx = readFileSync(tlsFile("client.p12"));
const app = createApp({ validateResponses: true });
// Requests under /stall are never answered.
const listener: RequestListener = (req, res) => {
  if (!req.url?.startsWith("/stall/")) app(req, res);
};

let server: MutualTlsServer;
const fetches: CertificateFetch[] = [];

beforeAll(async () => {
  server = await startMutualTlsServer(listener);
});

afterAll(async () => {
  await Promise.all(fetches.map((f) => f.close()));
  await server.close();
});

function clientWith(certificate: ClientCertificate, baseUrl = server.baseUrl, timeoutMs = 5_000) {
  const fetch = createCertificateFetch(certificate);
  fetches.push(fetch);
  return createFlexjobClient({
    baseUrl,
    organisation: { organisationTypeIdentifier: 24, organisationCode: "12345674" },
    fetch,
    validateResponses,
    retries: 0,
    timeoutMs,
  });
}

async function failure(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error,
  );
}

describe("createCertificateFetch", () => {
  it.each<[string, ClientCertificate]>([
    ["a PKCS#12 file and its passphrase", { pfx, passphrase: PFX_PASSPHRASE, ca }],
    [
      "a PEM certificate and key",
      { cert: readFileSync(tlsFile("client.crt")), key: readFileSync(tlsFile("client.key")), ca },
    ],
  ])(
    "with %s, gets typed data from all three operations, the bodies valid against the spec",
    async (_name, certificate) => {
      const client = clientWith(certificate);
      expect((await client.isAlive()).isAliveResponseType?.isAlive).toBe(true);
      expect((await client.getFlexjob(OFFER_CASE)).flexjobRequestResponseType.caseElementIdentifier).toBe(OFFER_CASE);
      const error = await failure(client.getFlexjobAllocation(OFFER_CASE));
      expect(isFlexjobApiError(error) && { status: error.status, errorCode: error.errorCode }).toEqual({
        status: 404,
        errorCode: 80002,
      });
    },
  );

  it("without a client certificate, the server refuses the connection: FlexjobNetworkError", async () => {
    const error = await failure(clientWith({ ca }).isAlive());
    expect(isFlexjobNetworkError(error)).toBe(true);
  });

  it("bounds each attempt by the client's timeout", async () => {
    const error = await failure(
      clientWith({ pfx, passphrase: PFX_PASSPHRASE, ca }, `${server.baseUrl}/stall`, 300).isAlive(),
    );
    expect(isFlexjobTimeoutError(error)).toBe(true);
  });

  it.each<[string, ClientCertificate, RegExp]>([
    [
      "a wrong passphrase",
      { pfx, passphrase: "wrong", ca },
      /^the client certificate cannot be used: mac verify failure$/,
    ],
    [
      "a key of another certificate",
      { cert: readFileSync(tlsFile("client.crt")), key: readFileSync(tlsFile("server.key")) },
      /^the client certificate cannot be used: .*key values mismatch$/,
    ],
  ])("throws a TypeError at once given %s", (_name, certificate, message) => {
    expect(() => createCertificateFetch(certificate)).toThrow(TypeError);
    expect(() => createCertificateFetch(certificate)).toThrow(message);
  });
});
