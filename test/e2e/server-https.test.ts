/**
 * The reference server over HTTPS with `auth: "certificate"`: real TLS handshakes with the
 * sandbox's test certificates (fictitious). The caller is the CVR in the verified client
 * certificate; a connection without a certificate from the CA is refused in the handshake.
 */
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { connect } from "node:tls";
import type { CertificateFetch } from "../../client/node";
import type { SubjectAttribute } from "../../server/sandbox-certs/issue";
import { makeClientCertificate, makeTestCa, oces3Subject } from "../../server/sandbox-certs/sandbox-set";
import type { Listening } from "../../server/transport/serve";
import { captureLogger, caseRequest, newRequestId, PATHS } from "../fixtures/server-kit";
import {
  fetchFor,
  post,
  startHttpsApp,
  writeSandboxCertificateDir,
  type SandboxCertificateDir,
} from "../fixtures/sandbox-tls";

const CASE_1 = "11111111-1111-4111-8111-111111111111";
const CASE_6 = "66666666-6666-4666-8666-666666666666";

// Key generation and the validators take seconds on a shared machine.
jest.setTimeout(60_000);

let certs: SandboxCertificateDir;
let server: Listening;
const log = captureLogger();
const opened: CertificateFetch[] = [];

beforeAll(async () => {
  certs = writeSandboxCertificateDir();
  server = await startHttpsApp(certs, { auth: "certificate", validateResponses: true, logger: log.logger });
});

afterAll(async () => {
  await Promise.all(opened.map((f) => f.close()));
  await server.close();
  certs.remove();
});

/** A fetch presenting the sandbox certificate of `cvr`, as PEM or as PKCS#12. */
function asOrganisation(cvr: string, form: "pem" | "p12" = "pem") {
  const certificate =
    form === "pem"
      ? { cert: readFileSync(certs.file(`client-${cvr}.crt`)), key: readFileSync(certs.file(`client-${cvr}.key`)) }
      : { pfx: readFileSync(certs.file(`client-${cvr}.p12`)), passphrase: "sandbox" };
  return fetchFor(certs, certificate, opened);
}

/** A fetch presenting a certificate from `ca` (default: the sandbox CA) with any subject. */
function withSubject(subject: SubjectAttribute[], ca = certs.ca) {
  const { cert, key } = makeClientCertificate(ca, subject);
  return fetchFor(certs, { cert, key }, opened);
}

const getFlexjob = (): string => server.url + PATHS.GetFlexjob;

describe("GetFlexjob over HTTPS with --auth certificate", () => {
  describe("with the company's certificate (OCES3, organizationIdentifier NTRDK-12345674)", () => {
    it("answers case 1 without activeOrganisationHeader, and logs the certificate's CVR", async () => {
      const requestId = newRequestId();
      const answer = await post(asOrganisation("12345674"), getFlexjob(), caseRequest(CASE_1), requestId);
      expect(answer.status).toBe(200);
      expect(answer.body).toHaveProperty("flexjobRequestResponseType.caseElementIdentifier", CASE_1);
      expect(log.lines.find((l) => l.requestId === requestId)).toMatchObject({
        status: 200,
        callerOrganisation: "12345674",
      });
    });

    it("answers case 1 when the header names the same organisation, also with the PKCS#12 file", async () => {
      const answer = await post(asOrganisation("12345674", "p12"), getFlexjob(), caseRequest(CASE_1, "12345674"));
      expect(answer.status).toBe(200);
    });

    it("answers 403 / 4575 when the header names another organisation, even one that may read the case", async () => {
      const answer = await post(asOrganisation("12345674"), getFlexjob(), caseRequest(CASE_1, "22222228"));
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({ errorCode: 4575, detail: expect.stringContaining("CVR 12345674") });
    });

    it("answers 403 / 4575 for another company's case, naming the certificate's CVR", async () => {
      const requestId = newRequestId();
      const answer = await post(asOrganisation("12345674"), getFlexjob(), caseRequest(CASE_6), requestId);
      expect(answer).toMatchObject({ status: 403, body: { errorCode: 4575 } });
      expect(answer.body.detail).toBe(
        "The calling organisation (CVR 12345674, from the client certificate) is not a party to this case: neither its company nor its external operator.",
      );
      expect(log.lines.find((l) => l.requestId === requestId)).toMatchObject({ callerOrganisation: "12345674" });
    });
  });

  describe("with other sandbox organisations' certificates", () => {
    it("lets the external operator 22222228 read case 1 and 11111114 read case 6, but not case 1", async () => {
      expect((await post(asOrganisation("22222228", "p12"), getFlexjob(), caseRequest(CASE_1))).status).toBe(200);
      expect((await post(asOrganisation("11111114"), getFlexjob(), caseRequest(CASE_6))).status).toBe(200);
      expect((await post(asOrganisation("11111114"), getFlexjob(), caseRequest(CASE_1))).status).toBe(403);
    });
  });
});

describe("GetFlexjob over HTTPS with --auth certificate, by certificate profile", () => {
  const foces = (serial: string): SubjectAttribute[] => [
    { name: "countryName", value: "DK" },
    { name: "organizationName", value: "Plejecentret Solhøj (TEST)" },
    { name: "serialNumber", value: serial },
    { name: "commonName", value: "TEST FOCES function certificate" },
  ];

  it.each(["CVR:12345674-FID:1234567890", "CVR:12345674-UID:98765432", "CVR:12345674-RID:1122334455"])(
    "an OCES2 / FOCES certificate with serialNumber %s reads case 1",
    async (serial) => {
      expect((await post(withSubject(foces(serial)), getFlexjob(), caseRequest(CASE_1))).status).toBe(200);
    },
  );

  it("a certificate with no CVR in its subject gets 403 / 4575 saying what was looked for", async () => {
    const subject = [
      { name: "organizationName", value: "No CVR (TEST)" },
      { name: "commonName", value: "TEST" },
    ];
    const answer = await post(withSubject(subject), getFlexjob(), caseRequest(CASE_1, "12345674"));
    expect(answer).toMatchObject({ status: 403, body: { errorCode: 4575 } });
    expect(answer.body.detail).toBe(
      "The client certificate's subject has no CVR: looked for organizationIdentifier (OID 2.5.4.97) NTRDK-<8 digits> " +
        "(OCES3) or serialNumber CVR:<8 digits>-FID:<digits>, -UID:<digits> or -RID:<digits> (OCES2 / FOCES).",
    );
  });

  it("a certificate whose identifiers are not of either profile's shape gets 403 / 4575", async () => {
    const subject = [
      { type: "2.5.4.97", value: "NTRDK-1234567" },
      { name: "serialNumber", value: "CVR:12345674" },
      { name: "commonName", value: "TEST" },
    ];
    expect((await post(withSubject(subject), getFlexjob(), caseRequest(CASE_1))).body.errorCode).toBe(4575);
  });

  it("IsAlive needs no caller identity: a certificate without a CVR gets 200", async () => {
    const subject = [{ name: "commonName", value: "TEST monitoring" }];
    const answer = await post(withSubject(subject), server.url + PATHS.IsAliveAsync, {});
    expect(answer).toEqual({ status: 200, body: { isAliveResponseType: { isAlive: true } } });
  });
});

describe("the request and response objects over TLS", () => {
  it("are created with the app's prototypes, before the app sees them", async () => {
    const seen: boolean[] = [];
    // An Express app's request and response prototypes are its own objects, each with the app as `app`.
    const appOf = (object: object) => (Object.getPrototypeOf(object) as { app?: unknown }).app;
    const record = (req: IncomingMessage, res: ServerResponse) =>
      seen.push(typeof appOf(req) === "function" && appOf(req) === appOf(res));
    server.server.prependListener("request", record);
    try {
      const answer = await post(asOrganisation("12345674"), getFlexjob(), caseRequest(CASE_1));
      expect(answer.status).toBe(200);
    } finally {
      server.server.off("request", record);
    }
    expect(seen).toEqual([true]);
  });
});

describe("the TLS handshake with --tls-ca", () => {
  it("refuses a connection without a client certificate, and logs why", async () => {
    const plain = fetchFor(certs, {}, opened);
    await expect(post(plain, getFlexjob(), caseRequest(CASE_1, "12345674"))).rejects.toThrow();
    expect(log.lines).toContainEqual(
      expect.objectContaining({ msg: "TLS handshake refused", code: "ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE" }),
    );
  });

  it("refuses a certificate from another CA, even one naming a sandbox organisation", async () => {
    const stranger = withSubject(oces3Subject("12345674", "Plejecentret Solhøj"), makeTestCa());
    await expect(post(stranger, getFlexjob(), caseRequest(CASE_1))).rejects.toThrow();
  });
});

describe("a request the HTTP parser rejects, over TLS", () => {
  it("gets the Problem written to the TLS socket, and the connection closes", async () => {
    const socket = connect({
      host: "127.0.0.1",
      port: Number(new URL(server.url).port),
      servername: "localhost",
      ca: readFileSync(certs.file("ca.crt")),
      cert: readFileSync(certs.file("client-12345674.crt")),
      key: readFileSync(certs.file("client-12345674.key")),
    });
    let raw = "";
    socket.setEncoding("utf8").on("data", (chunk: string) => (raw += chunk));
    const closed = new Promise((resolve) => socket.on("close", resolve));
    socket.write("POST /Flexjob/IsAlive HTTP/1.1\r\nHost: localhost\r\nContent-Length: many\r\n\r\n");
    await closed;
    const [head, body] = raw.split("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(head).toContain("Content-Type: application/problem+json; charset=utf-8");
    expect(JSON.parse(body!)).toEqual({
      type: "urn:flexjob-contract:problem:invalid-request",
      title: "The submitted message is not valid",
      status: 400,
      detail: "The request is not well-formed HTTP (HPE_INVALID_CONTENT_LENGTH).",
      errorCode: 1014,
    });
  });
});
