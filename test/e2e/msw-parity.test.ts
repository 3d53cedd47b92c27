/**
 * Parity: one table of requests sent to the reference server (a real port, its admin listener)
 * and to the MSW handlers of flexjob-contract/msw (msw/node's setupServer in this process), each
 * pair with the same x-requestId. Both must give the same status, the headers that matter
 * (content-type, x-requestId, Allow) and the same body; faults, run-time cases and the journal
 * the same through the admin listener and the control API.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { setupServer } from "msw/node";
import { createFlexjobHandlers, type FaultRequest, type FlexjobHandlers } from "../../msw";
import { startReferenceServer } from "../../server";
import { adminOf } from "../fixtures/admin-kit";
import { SANDBOX_DIR } from "../fixtures/server-kit";

const MOCKED = "http://flexjob.msw.test";
const CASE = {
  offer: "11111111-1111-4111-8111-111111111111",
  required: "22222222-2222-4222-8222-222222222222",
  grant: "33333333-3333-4333-8333-333333333333",
  unknownGrant: "55555555-5555-4555-8555-555555555555",
  otherCompany: "66666666-6666-4666-8666-666666666666",
  none: "99999999-9999-4999-8999-999999999999",
};
const COMPANY = { organisationTypeIdentifier: 24, organisationCode: "12345674" };
const OPERATOR = { organisationTypeIdentifier: 24, organisationCode: "22222228" };
const PATH = {
  GetFlexjob: "/Flexjob/GetFlexjob",
  GetFlexjobAllocation: "/Flexjob/GetFlexjobAllocation",
  IsAlive: "/Flexjob/IsAlive",
};

interface Given {
  path: string;
  method?: string;
  /** A JSON value to send, or the raw text (`raw`), or no body (`none`). */
  body?: unknown;
  raw?: string;
  none?: true;
  contentType?: string;
  /** The x-requestId: a fresh uuid unless given; null sends none. */
  requestId?: string | null;
  query?: string;
}

const read = (id: string, caller: unknown = COMPANY) => ({
  activeOrganisationHeader: caller,
  getCaseElementRequestType: { caseElementIdentifier: id },
});

const userMetadata = {
  requestUserStructure: { userTypeIdentifier: 2, userIdentifier: "u1" },
  requestOrganisationStructure: { organisationTypeIdentifier: 24, organisationCode: "12345674" },
  registrationDateTime: "2025-02-30T00:00:00Z",
};

/** Every row: the same request to both; the name says what the server answers. */
const TABLE: [string, Given][] = [
  ["IsAlive: 200", { path: PATH.IsAlive, body: {} }],
  ["GetFlexjob, case 1 by its company: 200", { path: PATH.GetFlexjob, body: read(CASE.offer) }],
  ["GetFlexjob, case 1 by its external operator: 200", { path: PATH.GetFlexjob, body: read(CASE.offer, OPERATOR) }],
  ["GetFlexjob, case 1 in capitals: 200", { path: PATH.GetFlexjob, body: read(CASE.offer.toUpperCase()) }],
  ["GetFlexjob, case 2 (required elements only): 200", { path: PATH.GetFlexjob, body: read(CASE.required) }],
  ["GetFlexjobAllocation, case 3: 200", { path: PATH.GetFlexjobAllocation, body: read(CASE.grant) }],
  ["GetFlexjob, no such case: 404 / 80002", { path: PATH.GetFlexjob, body: read(CASE.none) }],
  ["GetFlexjobAllocation of an offer: 404 / 80002", { path: PATH.GetFlexjobAllocation, body: read(CASE.offer) }],
  ["GetFlexjob, no case id at all: 403 (no caller first)", { path: PATH.GetFlexjob, body: {} }],
  ["GetFlexjob, no case id, a caller: 404", { path: PATH.GetFlexjob, body: { activeOrganisationHeader: COMPANY } }],
  ["GetFlexjob, another company's case: 403 / 4575", { path: PATH.GetFlexjob, body: read(CASE.otherCompany) }],
  [
    "GetFlexjob, no activeOrganisationHeader: 403 / 4575",
    { path: PATH.GetFlexjob, body: { getCaseElementRequestType: { caseElementIdentifier: CASE.offer } } },
  ],
  [
    "GetFlexjob, a jobcentre (type 8): 403 / 4575",
    { path: PATH.GetFlexjob, body: read(CASE.offer, { organisationTypeIdentifier: 8, organisationCode: "12345674" }) },
  ],
  ["GetFlexjob, grant status Ukendt: 409 / 80003", { path: PATH.GetFlexjob, body: read(CASE.unknownGrant) }],
  [
    "GetFlexjobAllocation, grant status Ukendt: 409 / 80003",
    { path: PATH.GetFlexjobAllocation, body: read(CASE.unknownGrant) },
  ],
  ["no x-requestId: 400 / 1014", { path: PATH.IsAlive, body: {}, requestId: null }],
  ["an empty x-requestId: 400 / 1014", { path: PATH.IsAlive, body: {}, requestId: "" }],
  ["an x-requestId of 47 characters: 400 / 1014", { path: PATH.IsAlive, body: {}, requestId: "x".repeat(47) }],
  ["an x-requestId of 46 characters: 200", { path: PATH.IsAlive, body: {}, requestId: "y".repeat(46) }],
  ["no body: 400 / 1014", { path: PATH.GetFlexjob, none: true }],
  ["an empty body: 400 / 1014", { path: PATH.GetFlexjob, raw: "" }],
  ["a text/plain body: 415", { path: PATH.GetFlexjob, raw: "{}", contentType: "text/plain" }],
  ["an untyped body: 415", { path: PATH.IsAlive, raw: "{}", contentType: "" }],
  [
    "application/json in latin1: 415",
    { path: PATH.IsAlive, raw: "{}", contentType: "application/json; charset=latin1" },
  ],
  [
    "application/json; charset=UTF-8: 200",
    { path: PATH.IsAlive, raw: "{}", contentType: "application/json; charset=UTF-8" },
  ],
  [
    "malformed JSON: 400 / 1014 with the parser's message",
    { path: PATH.GetFlexjob, raw: '{"activeOrganisationHeader": ' },
  ],
  ["a JSON null: 400 / 1014", { path: PATH.GetFlexjob, raw: "null" }],
  ["a JSON array: 400 / 1014", { path: PATH.IsAlive, raw: "[]" }],
  ["a JSON string: 400 / 1014", { path: PATH.IsAlive, raw: '"alive?"' }],
  ["a malformed case id: 400 / 1014", { path: PATH.GetFlexjob, body: read("not-a-uuid") }],
  ["a urn:uuid case id: 400 / 1014", { path: PATH.GetFlexjob, body: read(`urn:uuid:${CASE.offer}`) }],
  ["a number for the case id: 400 / 1014", { path: PATH.GetFlexjobAllocation, body: read(42 as unknown as string) }],
  [
    "no caseElementIdentifier in its wrapper: 400 / 1014",
    { path: PATH.GetFlexjob, body: { activeOrganisationHeader: COMPANY, getCaseElementRequestType: {} } },
  ],
  ["an unknown property: 400 / 1014", { path: PATH.GetFlexjob, body: { ...read(CASE.offer), extra: 1 } }],
  [
    "an unknown nested property and a wrong type: 400 / 1014, every violation",
    {
      path: PATH.GetFlexjob,
      body: read(CASE.offer, { organisationTypeIdentifier: "24", organisationCode: 12345674, role: "x" }),
    },
  ],
  [
    "organisationTypeIdentifier out of range, organisationCode too long: 400 / 1014",
    {
      path: PATH.GetFlexjob,
      body: read(CASE.offer, { organisationTypeIdentifier: 101, organisationCode: "1".repeat(21) }),
    },
  ],
  [
    "an organisationTypeIdentifier beyond int32: 400 / 1014",
    {
      path: PATH.IsAlive,
      body: { activeOrganisationHeader: { organisationTypeIdentifier: 2 ** 31, organisationCode: "1" } },
    },
  ],
  [
    "a fraction for organisationTypeIdentifier, an empty organisationCode: 400 / 1014",
    {
      path: PATH.IsAlive,
      body: { activeOrganisationHeader: { organisationTypeIdentifier: 2.5, organisationCode: "" } },
    },
  ],
  [
    "requestUserMetadataHeader with an impossible date and no user id: 400 / 1014",
    {
      path: PATH.GetFlexjob,
      body: {
        ...read(CASE.offer),
        requestUserMetadataHeader: { ...userMetadata, requestUserStructure: { userTypeIdentifier: 2 } },
      },
    },
  ],
  [
    "60 unknown properties: 400 / 1014, the first 50 listed and all counted",
    { path: PATH.IsAlive, body: Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`p${i}`, i])) },
  ],
  ["a query string: 400 / 1014 naming it", { path: PATH.IsAlive, body: {}, query: "?debug=1&x=2" }],
  ["a bare ? and a valid body: 200", { path: PATH.IsAlive, body: {}, query: "?" }],
  ["GET on an operation: 405 with Allow", { path: PATH.GetFlexjob, method: "GET", none: true }],
  ["PUT on an operation with a body: 405 with Allow", { path: PATH.IsAlive, method: "PUT", body: {} }],
  ["a body over 1 MB: 413", { path: PATH.IsAlive, body: { pad: "x".repeat(1024 * 1024) } }],
  [
    "a body over 1 MB that breaks the schema: 413 before validation",
    { path: PATH.GetFlexjob, raw: `{"x":"${"y".repeat(1024 * 1024)}"` },
  ],
  ["a byte order mark before the JSON: 200", { path: PATH.IsAlive, raw: "\uFEFF{}" }],
  ["a CPR-shaped x-requestId: 200, echoed", { path: PATH.IsAlive, body: {}, requestId: "010190-1234" }],
];

interface Seen {
  status: number;
  headers: Record<string, string | null>;
  body: unknown;
}

/** The headers that matter: the media type, the echoed id and Allow. */
const HEADERS = ["content-type", "x-requestid", "allow"];

async function seen(response: Response): Promise<Seen> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: compared as text.
  }
  return {
    status: response.status,
    headers: Object.fromEntries(HEADERS.map((name) => [name, response.headers.get(name)])),
    body,
  };
}

function send(base: string, given: Given, requestId: string | undefined): Promise<Response> {
  const headers: Record<string, string> = {};
  if (requestId !== undefined) headers["x-requestId"] = requestId;
  const text = given.none ? undefined : (given.raw ?? JSON.stringify(given.body));
  if (text !== undefined) {
    const type = given.contentType ?? "application/json";
    if (type !== "") headers["content-type"] = type;
  }
  const body = text === undefined ? undefined : new TextEncoder().encode(text);
  return fetch(`${base}${given.path}${given.query ?? ""}`, { method: given.method ?? "POST", headers, body });
}

let server: Awaited<ReturnType<typeof startReferenceServer<{ adminPort: 0 }>>>;
let admin: ReturnType<typeof adminOf>;
let mock: FlexjobHandlers;
const msw = setupServer();

beforeAll(async () => {
  server = await startReferenceServer({ adminPort: 0 });
  admin = adminOf(server.adminUrl);
  mock = createFlexjobHandlers({ baseUrl: MOCKED });
  msw.use(...mock.handlers);
  // The reference server's own port is not mocked: its requests go through.
  msw.listen({ onUnhandledRequest: "bypass" });
});
afterAll(async () => {
  msw.close();
  await server.close();
});
beforeEach(async () => {
  expect((await admin("POST", "/reset")).status).toBe(204);
  await mock.reset();
});

/** The same request to both, with one x-requestId; what each answered. */
async function both(given: Given): Promise<[Seen, Seen]> {
  const requestId = given.requestId === null ? undefined : (given.requestId ?? randomUUID());
  const real = await seen(await send(server.url, given, requestId));
  const mocked = await seen(await send(MOCKED, given, requestId));
  return [real, mocked];
}

describe("every operation, the same request to the reference server and to the MSW handlers", () => {
  it.each(TABLE)("%s", async (_name, given) => {
    const [real, mocked] = await both(given);
    expect(mocked).toEqual(real);
  });

  it("a replayed x-requestId: 412 from both, and the first answer was the same too", async () => {
    const given: Given = { path: PATH.GetFlexjob, body: read(CASE.offer), requestId: randomUUID() };
    const first = await both(given);
    const replay = await both(given);
    expect(first[1]).toEqual(first[0]);
    expect(replay[0].status).toBe(412);
    expect(replay[1]).toEqual(replay[0]);
  });

  it("an id refused at a later check is spent all the same: 412 on its retry", async () => {
    const given: Given = { path: PATH.GetFlexjob, raw: "{", requestId: randomUUID() };
    await both(given);
    const retry = await both({ ...given, raw: JSON.stringify(read(CASE.offer)) });
    expect(retry[0].status).toBe(412);
    expect(retry[1]).toEqual(retry[0]);
  });
});

/** A fault's Problem names its id, which differs between the two: compared without it. */
function withoutFaultId(answer: Seen, id: string): Seen {
  const body = answer.body as { detail?: string };
  return { ...answer, body: { ...body, detail: body.detail?.replace(id, "<fault>") } };
}

async function faultBoth(request: FaultRequest): Promise<[string, string]> {
  const put = await admin("POST", "/faults", request);
  expect(put.status).toBe(201);
  const added = await mock.addFault(request);
  expect({ ...added, id: "" }).toEqual({ ...put.body, id: "" });
  return [put.body.id as string, added.id];
}

describe("faults put through the admin listener and through addFault", () => {
  it.each<[string, FaultRequest]>([
    ["a status outside the error table (503): injected-fault", { response: { status: 503 } }],
    ["a status of the error table (404): its row, case-not-found / 80002", { response: { status: 404 } }],
    ["an errorCode alone (80003): its status, 409", { response: { errorCode: 80003 } }],
    ["a status and an errorCode (500, 1011)", { response: { status: 500, errorCode: 1011 } }],
    [
      "matched by operation, case (in capitals) and organisation",
      {
        match: {
          operationId: "GetFlexjob",
          caseElementIdentifier: CASE.offer.toUpperCase(),
          organisationCode: "12345674",
        },
        response: { status: 502 },
      },
    ],
  ])("%s", async (_name, request) => {
    const [realId, mockId] = await faultBoth(request);
    const given: Given = { path: PATH.GetFlexjob, body: read(CASE.offer) };
    const [real, mocked] = await both(given);
    expect(real.status).toBeGreaterThanOrEqual(400);
    expect(withoutFaultId(mocked, mockId)).toEqual(withoutFaultId(real, realId));
  });

  it("a fault for another case or caller leaves the request alone", async () => {
    await faultBoth({ match: { caseElementIdentifier: CASE.grant }, response: { status: 503 } });
    await faultBoth({ match: { organisationCode: "99999999" }, response: { status: 503 } });
    const [real, mocked] = await both({ path: PATH.GetFlexjob, body: read(CASE.offer) });
    expect(real.status).toBe(200);
    expect(mocked).toEqual(real);
  });

  it("times: 2 answers two requests faulted, the third normally, and the journals agree", async () => {
    const [realId, mockId] = await faultBoth({
      match: { operationId: "IsAliveAsync" },
      response: { status: 503 },
      times: 2,
    });
    const answers: [Seen, Seen][] = [];
    for (let i = 0; i < 3; i += 1) answers.push(await both({ path: PATH.IsAlive, body: {} }));
    expect(answers.map(([real]) => real.status)).toEqual([503, 503, 200]);
    for (const [real, mocked] of answers) expect(withoutFaultId(mocked, mockId)).toEqual(withoutFaultId(real, realId));
    expect((await admin("GET", "/faults")).body).toEqual({ faults: [] });
    expect(await mock.faults()).toEqual([]);
    const journal = (entries: { time: string; durationMs: number; fault: { id: string } | null }[]) =>
      entries.map(({ time, durationMs, fault, ...entry }) => ({
        ...entry,
        fault: fault && { ...fault, id: "<fault>" },
        time: typeof time,
        durationMs: typeof durationMs,
      }));
    const realJournal = journal((await admin("GET", "/requests")).body.requests);
    expect(realJournal).toHaveLength(3);
    expect(journal(mock.requests())).toEqual(realJournal);
  });

  it("a fault does not apply to a request refused before the handler, and does not get used up", async () => {
    await faultBoth({ response: { status: 503 }, times: 1 });
    const refused = await both({ path: PATH.IsAlive, raw: "{" });
    expect(refused[0].status).toBe(400);
    expect(refused[1]).toEqual(refused[0]);
    const faulted = await both({ path: PATH.IsAlive, body: {} });
    expect(faulted.map((answer) => answer.status)).toEqual([503, 503]);
  });

  it("delayMs: both answer normally after the wait", async () => {
    await faultBoth({ response: { delayMs: 300 } });
    for (const base of [server.url, MOCKED]) {
      const started = performance.now();
      const response = await send(base, { path: PATH.IsAlive, body: {} }, randomUUID());
      expect(response.status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    }
  });

  it('connection "reset": the fetch fails on both, and the journal has no status', async () => {
    await faultBoth({ response: { connection: "reset" } });
    for (const base of [server.url, MOCKED])
      // A network error: fetch rejects with a TypeError (of fetch's own realm, so compared by name).
      await expect(send(base, { path: PATH.IsAlive, body: {} }, randomUUID())).rejects.toHaveProperty(
        "name",
        "TypeError",
      );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await admin("GET", "/requests")).body.requests[0].status).toBeNull();
    expect(mock.requests()[0]!.status).toBeNull();
  });

  it('connection "hang": no answer from either until the client gives up', async () => {
    await faultBoth({ response: { connection: "hang" } });
    for (const base of [server.url, MOCKED]) {
      const signal = AbortSignal.timeout(300);
      const call = fetch(`${base}${PATH.IsAlive}`, {
        method: "POST",
        headers: { "x-requestId": randomUUID(), "content-type": "application/json" },
        body: "{}",
        signal,
      });
      await expect(call).rejects.toThrow(/abort|timeout/i);
    }
  });
});

describe("cases put and removed at run time", () => {
  /** case-1-offer.json as a new case of company `cvr`. */
  const offer = (id: string, cvr: string) => {
    const body = JSON.parse(readFileSync(path.join(SANDBOX_DIR, "case-1-offer.json"), "utf8"));
    body.flexjobRequestResponseType.caseElementIdentifier = id;
    body.flexjobRequestResponseType.company.companyIdentifier.cvRnumberIdentifier.value = cvr;
    return body;
  };

  it("a case put on both is served alike, listed alike, and gone alike once removed", async () => {
    const id = "abcdef01-2345-4678-89ab-cdef01234567";
    const body = offer(id, "33333336");
    const put = await admin("PUT", "/cases", body);
    const { replaced, ...key } = await mock.putCase(body);
    expect({ status: replaced ? 200 : 201, body: key }).toEqual({ status: put.status, body: put.body });
    const caller = { organisationTypeIdentifier: 24, organisationCode: "33333336" };
    const served = await both({ path: PATH.GetFlexjob, body: read(id, caller) });
    expect(served[0].status).toBe(200);
    expect(served[1]).toEqual(served[0]);
    expect(await mock.cases()).toEqual((await admin("GET", "/cases")).body.cases);
    expect((await admin("DELETE", `/cases/GetFlexjob/${CASE.offer}`)).status).toBe(204);
    expect(await mock.removeCase({ operationId: "GetFlexjob", caseElementIdentifier: CASE.offer })).toBe(true);
    const gone = await both({ path: PATH.GetFlexjob, body: read(CASE.offer) });
    expect(gone[0].status).toBe(404);
    expect(gone[1]).toEqual(gone[0]);
    expect(await mock.removeCase({ operationId: "GetFlexjob", caseElementIdentifier: CASE.offer })).toBe(false);
  });
});
