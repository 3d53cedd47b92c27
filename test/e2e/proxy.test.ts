/**
 * Proxy mode (`--upstream`) through the entry point, with real parts: the upstream is the reference
 * server itself over HTTPS demanding client certificates (`--auth certificate`, certificates from the
 * sandbox's certificate maker), reached over mutual TLS; and, for violations and failures, a
 * deliberately wrong upstream the test runs. Every answer is relayed unchanged, its violations
 * counted in x-flexjob-violations, logged as pointer and rule and listed in the journal.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import path from "node:path";
import { adminOf, readCase } from "../fixtures/admin-kit";
import { writeSandboxCertificateDir, type SandboxCertificateDir } from "../fixtures/sandbox-tls";
import { CASES, COMPANY } from "../fixtures/sandbox-table";
import { newRequestId, PATHS, ROOT, SANDBOX_DIR } from "../fixtures/server-kit";
import { startServer, type ServerProcess } from "../fixtures/server-process";

jest.setTimeout(60_000);

const PASSPHRASE = { FLEXJOB_TLS_PASSPHRASE: "sandbox", FLEXJOB_UPSTREAM_PASSPHRASE: "sandbox" };

interface Started {
  server: ServerProcess;
  url: string;
  adminUrl: string;
}

async function started(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Started> {
  const server = startServer(["--port", "0", "--admin-port", "0", "--log-level", "info", ...args], env);
  const exited = server.exited.then((code): never => {
    throw new Error(`the server exited with ${code}: ${server.stderr()}`);
  });
  const { url } = await Promise.race([server.line((l) => typeof l.url === "string"), exited]);
  const { adminUrl } = await Promise.race([server.line((l) => typeof l.adminUrl === "string"), exited]);
  return { server, url: url as string, adminUrl: adminUrl as string };
}

async function stopped(...servers: (Started | undefined)[]): Promise<void> {
  for (const s of servers) {
    if (!s || s.server.child.exitCode !== null) continue;
    s.server.child.kill("SIGTERM");
    await s.server.exited;
  }
}

/** What a client sees: status, the headers that matter, the body's bytes as text. */
async function post(url: string, body: unknown, requestId: string | null = newRequestId(), path = PATHS.GetFlexjob) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (requestId !== null) headers["x-requestId"] = requestId;
  const response = await fetch(url + path, {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    echoed: response.headers.get("x-requestid"),
    violations: response.headers.get("x-flexjob-violations"),
    text: await response.text(),
  };
}

/**
 * The journal's entry of the request with this id: journaled as its answer finishes, which the
 * client may see a moment before the admin listener does.
 */
async function journalEntry(server: Started, requestId: string): Promise<Record<string, unknown>> {
  for (let tries = 0; ; tries++) {
    const { requests } = (await adminOf(server.adminUrl)("GET", "/requests")).body as {
      requests: Record<string, unknown>[];
    };
    const entry = requests.find((e) => e.requestId === requestId);
    if (entry || tries === 50) return entry ?? {};
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let certs: SandboxCertificateDir;
beforeAll(() => {
  certs = writeSandboxCertificateDir();
});
afterAll(() => certs.remove());

describe("flexjob-reference-server --upstream in front of the reference server over mutual TLS", () => {
  let upstream: Started;
  let proxy: Started;
  beforeAll(async () => {
    const tls = [
      "--tls-cert",
      certs.file("server.crt"),
      "--tls-key",
      certs.file("server.key"),
      "--tls-ca",
      certs.file("ca.crt"),
    ];
    upstream = await started([...tls, "--auth", "certificate"]);
    proxy = await started(
      [
        "--upstream",
        upstream.url.replace("127.0.0.1", "localhost"),
        "--upstream-pfx",
        certs.file(`client-${COMPANY}.p12`),
        "--upstream-ca",
        certs.file("ca.crt"),
      ],
      PASSPHRASE,
    );
  });
  afterAll(() => stopped(proxy, upstream));

  it("relays the upstream's answer unchanged, with 0 violations, the caller being the proxy's certificate", async () => {
    const requestId = newRequestId();
    const through = await post(
      proxy.url,
      { getCaseElementRequestType: { caseElementIdentifier: CASES.offer } },
      requestId,
    );
    expect(through).toMatchObject({
      status: 200,
      echoed: requestId,
      violations: "0",
      type: "application/json; charset=utf-8",
    });
    const { requests } = (await adminOf(upstream.adminUrl)("GET", "/requests")).body as {
      requests: { status: number; organisationCode: string }[];
    };
    expect(requests[0]).toMatchObject({ status: 200, organisationCode: COMPANY });
    // The reference server sends a case's stored bytes: the case file's JSON.
    const offer = JSON.parse(readFileSync(path.join(SANDBOX_DIR, "case-1-offer.json"), "utf8")) as unknown;
    expect(through.text).toBe(JSON.stringify(offer));
  });

  it("leaves the replay rule to the upstream: the same id twice gets the upstream's 412", async () => {
    const requestId = newRequestId();
    const body = { getCaseElementRequestType: { caseElementIdentifier: CASES.offer } };
    expect((await post(proxy.url, body, requestId)).status).toBe(200);
    const again = await post(proxy.url, body, requestId);
    expect(again).toMatchObject({ status: 412, violations: "0" });
    expect(JSON.parse(again.text)).toMatchObject({
      type: "urn:flexjob-contract:problem:replayed-request-id",
      requestId,
    });
  });

  it("answers a request the contract refuses with the sandbox's Problem, and does not forward it", async () => {
    const before = (await adminOf(upstream.adminUrl)("GET", "/requests")).body.requests.length as number;
    const requestId = newRequestId();
    const refused = await post(proxy.url, { getCaseElementRequestType: { caseElementIdentifier: 7 } }, requestId);
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.text)).toEqual({
      type: "urn:flexjob-contract:problem:invalid-request",
      title: "The submitted message is not valid",
      status: 400,
      detail: "The request breaks the schema; every violation is listed in errors.",
      errorCode: 1014,
      requestId,
      errors: [{ path: "/body/getCaseElementRequestType/caseElementIdentifier", message: "must be string" }],
    });
    expect((await post(proxy.url, {}, null)).status).toBe(400);
    expect((await adminOf(upstream.adminUrl)("GET", "/requests")).body.requests).toHaveLength(before);
  });

  describe("with --record DIR, cases put at run time with personal data", () => {
    const PERSON = {
      cpr: "3102851234",
      given: "Testine",
      family: "Testesen",
      email: "testine.testesen@example.org",
      phone: "+4512121212",
    };
    const ids = ["7a7a7a7a-0000-4000-8000-00000000000a", "7b7b7b7b-0000-4000-8000-00000000000b"];
    let recording: Started;
    let replay: Started;
    let dir: string;

    /** case-1-offer.json as case `id`, about PERSON, with their CPR number in free text too. */
    function personalCase(id: string): Record<string, Record<string, Record<string, unknown>>> {
      const body = offer() as Record<string, Record<string, Record<string, unknown>>>;
      const inner = body.flexjobRequestResponseType!;
      inner.caseElementIdentifier = id as never;
      inner.flexjobOffer!.personCivilRegistrationIdentifier = PERSON.cpr;
      inner.flexjobOffer!.jobDescription = `Køkkenmedhjælper; borgeren (${PERSON.cpr.slice(0, 6)}-${PERSON.cpr.slice(6)}) ønsker hverdage.`;
      inner.flexjobOffer!.forwardedByEmailAddress = PERSON.email;
      const responsible = (inner.company as { companyResponsible: Record<string, unknown> }).companyResponsible;
      responsible.companyResponsibleName = { fornavn: PERSON.given, efternavn: PERSON.family };
      responsible.companyResponsiblePhoneNumber = PERSON.phone;
      return body;
    }

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), "flexjob-recorded-"));
      for (const id of ids)
        expect((await adminOf(upstream.adminUrl)("PUT", "/cases", personalCase(id))).status).toBe(201);
      recording = await started(
        [
          "--upstream",
          upstream.url.replace("127.0.0.1", "localhost"),
          "--upstream-pfx",
          certs.file(`client-${COMPANY}.p12`),
          "--upstream-ca",
          certs.file("ca.crt"),
          "--record",
          dir,
        ],
        PASSPHRASE,
      );
      for (const id of ids) expect((await post(recording.url, readCase(id))).status).toBe(200);
      await recording.server.line(
        (l) =>
          l.msg === "recorded" && recording.server.lines().filter((m) => m.msg === "recorded").length === ids.length,
      );
      replay = await started(["--fixtures", dir, "--no-sandbox"]);
    });
    afterAll(async () => {
      await stopped(recording, replay);
      rmSync(dir, { recursive: true, force: true });
    });

    const recorded = (id: string) =>
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed case file, asserted on with expect()
      JSON.parse(readFileSync(path.join(dir, `GetFlexjob-${id}.json`), "utf8")) as Record<string, Record<string, any>>;

    it("writes one case file per case that says when and from where, and serves it with --fixtures", async () => {
      expect(readdirSync(dir).sort()).toEqual(ids.map((id) => `GetFlexjob-${id}.json`).sort());
      for (const id of ids) {
        const { $recorded, ...body } = recorded(id);
        expect($recorded).toEqual({
          at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          upstream: expect.stringMatching(/^https:\/\/localhost:\d+$/),
          operationId: "GetFlexjob",
        });
        const served = await post(replay.url, readCase(id));
        expect(served.status).toBe(200);
        expect(JSON.parse(served.text)).toEqual(body);
      }
    });

    it("keeps the structure, the CVR numbers and the case id, and replaces every personal value consistently", () => {
      const [first, second] = ids.map((id) => recorded(id).flexjobRequestResponseType!);
      const original = personalCase(ids[0]!).flexjobRequestResponseType!;
      const shape = (value: unknown): unknown =>
        Array.isArray(value)
          ? value.map(shape)
          : value && typeof value === "object"
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
            : typeof value;
      expect(shape(first)).toEqual(shape(original));
      expect(first!.caseElementIdentifier).toBe(ids[0]);
      expect(first!.company.companyIdentifier).toEqual((original.company as Record<string, unknown>).companyIdentifier);
      const cpr = first!.flexjobOffer.personCivilRegistrationIdentifier as string;
      // Born on 30 or 31 February: no real person's number.
      expect(cpr).toMatch(/^3[01]02\d{6}$/);
      expect(first!.flexjobOffer.jobDescription).toContain(`${cpr.slice(0, 6)}-${cpr.slice(6)}`);
      // One person in both cases: the same stand-ins in both.
      expect(second!.flexjobOffer.personCivilRegistrationIdentifier).toBe(cpr);
      expect(second!.company.companyResponsible).toEqual(first!.company.companyResponsible);
    });

    it("leaves none of the originals in the folder, the proxy's log or its journal", async () => {
      const folder = readdirSync(dir)
        .map((file) => readFileSync(path.join(dir, file), "utf8"))
        .join("\n");
      const journal = JSON.stringify((await adminOf(recording.adminUrl)("GET", "/requests")).body);
      const log = recording.server.stdout() + recording.server.stderr();
      const originals = [
        PERSON.cpr,
        `${PERSON.cpr.slice(0, 6)}-${PERSON.cpr.slice(6)}`,
        PERSON.given,
        PERSON.family,
        PERSON.email,
        PERSON.phone,
      ];
      for (const [where, text] of Object.entries({ folder, journal, log }))
        expect({ where, found: originals.filter((o) => text.includes(o)) }).toEqual({ where, found: [] });
    });

    it("does not overwrite a recorded case without --force", async () => {
      const before = readFileSync(path.join(dir, `GetFlexjob-${ids[0]}.json`), "utf8");
      expect((await post(recording.url, readCase(ids[0]!))).status).toBe(200);
      const line = await recording.server.line(
        (l) => l.msg === "not recorded: the case file exists (--force overwrites it)",
      );
      expect(line).toMatchObject({ operationId: "GetFlexjob" });
      expect(readFileSync(path.join(dir, `GetFlexjob-${ids[0]}.json`), "utf8")).toBe(before);
    });
  });

  describe("with --upstream-forward-invalid", () => {
    let forwarding: Started;
    beforeAll(async () => {
      forwarding = await started(
        [
          "--upstream",
          upstream.url.replace("127.0.0.1", "localhost"),
          "--upstream-pfx",
          certs.file(`client-${COMPANY}.p12`),
          "--upstream-ca",
          certs.file("ca.crt"),
          "--upstream-forward-invalid",
        ],
        PASSPHRASE,
      );
    });
    afterAll(() => stopped(forwarding));

    it("forwards the refused request, relays the upstream's 400 and reports the request's violation", async () => {
      const requestId = newRequestId();
      const answer = await post(forwarding.url, { getCaseElementRequestType: { caseElementIdentifier: 7 } }, requestId);
      expect(answer).toMatchObject({ status: 400, violations: "1" });
      const entry = await journalEntry(forwarding, requestId);
      expect(entry.violations).toEqual([
        {
          pointer: "/request/body/getCaseElementRequestType/caseElementIdentifier",
          rule: "type at #/components/schemas/GetCaseElementRequestType/properties/caseElementIdentifier",
        },
      ]);
    });
  });
});

/** The answers of a deliberately wrong upstream, by the case id the request names. */
type Wrong = (req: IncomingMessage, res: ServerResponse, requestId: string) => void;

const offer = (): Record<string, Record<string, unknown>> =>
  JSON.parse(readFileSync(path.join(SANDBOX_DIR, "case-1-offer.json"), "utf8")) as Record<
    string,
    Record<string, unknown>
  >;

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  requestId: string | undefined,
  type = "application/json",
) {
  res.writeHead(status, { "content-type": type, ...(requestId ? { "x-requestId": requestId } : {}) });
  res.end(JSON.stringify(body));
}

const WRONG: Record<string, { answer: Wrong; violations: { pointer: string; rule: string }[] }> = {
  "an undeclared status": {
    answer: (_req, res, id) => json(res, 201, offer(), id),
    violations: [
      {
        pointer: "/answer/status",
        rule: "one of the statuses the spec declares for GetFlexjob: 200, 400, 403, 404, 409, 412, 413, 415, 500",
      },
    ],
  },
  "a missing required element": {
    answer: (_req, res, id) => {
      const body = offer();
      delete body.flexjobRequestResponseType!.caseElementIdentifier;
      json(res, 200, body, id);
    },
    violations: [
      {
        pointer: "/answer/body/flexjobRequestResponseType/caseElementIdentifier",
        rule: "required at #/components/schemas/FlexjobOfferResponseType",
      },
    ],
  },
  "a string too long": {
    answer: (_req, res, id) => {
      const body = offer();
      (body.flexjobRequestResponseType!.company as { companyName: string }).companyName = "x".repeat(1201);
      json(res, 200, body, id);
    },
    violations: [
      {
        pointer: "/answer/body/flexjobRequestResponseType/company/companyName",
        rule: "maxLength at #/components/schemas/CompanyType/properties/companyName",
      },
    ],
  },
  "a wrong content type": {
    answer: (_req, res, id) => json(res, 200, offer(), id, "text/plain"),
    violations: [{ pointer: "/answer/headers/content-type", rule: "application/json (the spec's media type for 200)" }],
  },
  "no x-requestId echoed": {
    answer: (_req, res) => json(res, 200, offer(), undefined),
    violations: [{ pointer: "/answer/headers/x-requestId", rule: "echoes the request's x-requestId" }],
  },
  "a 404 without its errorCode": {
    answer: (_req, res, id) =>
      json(
        res,
        404,
        { type: "urn:x", title: "Not found", status: 404, detail: "d", requestId: id },
        id,
        "application/problem+json",
      ),
    violations: [{ pointer: "/answer/body/errorCode", rule: "80002 for 404 (the error table)" }],
  },
};

describe("flexjob-reference-server --upstream in front of a wrong upstream", () => {
  let upstream: Server;
  let proxy: Started;
  let behaviour: Wrong = () => undefined;
  const sockets = new Set<Socket>();
  beforeAll(async () => {
    upstream = createServer((req, res) => {
      req.resume();
      req.on("end", () => behaviour(req, res, String(req.headers["x-requestid"] ?? "")));
    });
    upstream.on("connection", (socket: Socket) => {
      sockets.add(socket);
      socket.once("close", () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
    const { port } = upstream.address() as AddressInfo;
    proxy = await started(["--upstream", `http://127.0.0.1:${port}`, "--upstream-timeout", "1"]);
  });
  afterAll(async () => {
    await stopped(proxy);
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => upstream.close(resolve));
  });

  it.each(Object.entries(WRONG))(
    "relays %s unchanged and reports it by header, log line and journal",
    async (_given, wrong) => {
      behaviour = wrong.answer;
      const requestId = newRequestId();
      const answer = await post(proxy.url, readCase(CASES.offer), requestId);
      expect(answer.violations).toBe(String(wrong.violations.length));
      const [entry] = (await adminOf(proxy.adminUrl)("GET", "/requests")).body.requests;
      expect(entry).toMatchObject({ requestId, violations: wrong.violations });
      const line = await proxy.server.line(
        (l) => l.msg === "the exchange breaks the contract" && l.requestId === requestId,
      );
      expect(line.violations).toEqual(wrong.violations);
      // Relayed unchanged: what the wrong upstream sent, byte for byte.
      const direct = await new Promise<{ status: number; text: string }>((resolve) => {
        const fake = {
          writeHead: (status: number) => ((fake.status = status), fake),
          end: (text: string) => resolve({ status: fake.status, text }),
          status: 0,
        };
        wrong.answer({} as IncomingMessage, fake as unknown as ServerResponse, requestId);
      });
      expect({ status: answer.status, text: answer.text }).toEqual(direct);
    },
  );

  it("lets the contract checker, pointed at the proxy, see the upstream's violations as failures", async () => {
    behaviour = WRONG["no x-requestId echoed"]!.answer;
    // Not spawnSync: the wrong upstream runs in this process and must answer meanwhile.
    const checker = path.join(ROOT, "checker", "cli.ts");
    const args = ["--require", require.resolve("tsx/cjs"), checker, "--base-url", proxy.url, "--json", "--runs", "2"];
    const run = await promisify(execFile)(process.execPath, args, { encoding: "utf8" }).then(
      ({ stdout }) => ({ status: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ status: error.code, stdout: error.stdout }),
    );
    const report = JSON.parse(run.stdout) as {
      failed: number;
      checks: { group: string; status: string; reason: string }[];
    };
    expect(run.status).toBe(1);
    const failed = report.checks.filter((c) => c.status === "failed");
    expect(failed.length).toBe(report.failed);
    expect(failed.some((c) => /x-requestId/i.test(c.reason))).toBe(true);
  });

  it("answers 504 within --upstream-timeout when the upstream does not answer", async () => {
    behaviour = () => undefined;
    const requestId = newRequestId();
    const startedAt = Date.now();
    const answer = await post(proxy.url, readCase(CASES.offer), requestId);
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    expect(answer.status).toBe(504);
    expect(JSON.parse(answer.text)).toEqual({
      type: "urn:flexjob-contract:problem:upstream-timeout",
      title: "Gateway timeout",
      status: 504,
      detail: "The upstream did not answer within 1000 ms (--upstream-timeout).",
      requestId,
    });
  });

  it("answers 502 saying the upstream reset the connection", async () => {
    behaviour = (req) => req.socket.resetAndDestroy();
    const answer = await post(proxy.url, readCase(CASES.offer));
    expect(answer.status).toBe(502);
    expect(JSON.parse(answer.text)).toMatchObject({
      type: "urn:flexjob-contract:problem:upstream-failed",
      detail: "The upstream reset the connection before its answer was complete (ECONNRESET).",
    });
  });
});
