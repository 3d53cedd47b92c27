/**
 * The admin listener (startReferenceServer with adminPort): run-time cases, faults, the request
 * journal and reset, each seen from the service's side. Every admin answer is validated against
 * spec/admin.yaml and every service answer against spec/flexjob.yaml.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { startReferenceServer } from "../../server";
import { adminOf, callOf, readCase, type JsonAnswer } from "../fixtures/admin-kit";
import { SANDBOX_DIR, expectProblem } from "../fixtures/server-kit";

const CASE_1 = "11111111-1111-4111-8111-111111111111";
const NEW_CASE = "abcdef01-2345-4678-89ab-cdef01234567";

/** case-1-offer.json as a new case, for organisation `cvr`. */
function offerCase(id: string, cvr = "12345674"): Record<string, unknown> {
  const body = JSON.parse(readFileSync(path.join(SANDBOX_DIR, "case-1-offer.json"), "utf8"));
  body.flexjobRequestResponseType.caseElementIdentifier = id;
  body.flexjobRequestResponseType.company.companyIdentifier.cvRnumberIdentifier.value = cvr;
  return body;
}

let server: Awaited<ReturnType<typeof startReferenceServer<{ adminPort: 0 }>>>;
let admin: ReturnType<typeof adminOf>;
let call: ReturnType<typeof callOf>;

beforeAll(async () => {
  server = await startReferenceServer({ adminPort: 0, validateResponses: true });
  admin = adminOf(server.adminUrl);
  call = callOf(server.url);
});
afterAll(() => server.close());
beforeEach(async () => expect((await admin("POST", "/reset")).status).toBe(204));

describe("PUT /cases", () => {
  it("serves a case put at run time, lists it, and answers 404 / 80002 once it is deleted", async () => {
    expect((await call("GetFlexjob", readCase(NEW_CASE))).status).toBe(404);
    const put = await admin("PUT", "/cases", offerCase(NEW_CASE));
    expect(put).toMatchObject({ status: 201, body: { operationId: "GetFlexjob", caseElementIdentifier: NEW_CASE } });
    expect(await call("GetFlexjob", readCase(NEW_CASE))).toMatchObject({ status: 200, body: offerCase(NEW_CASE) });
    expect((await admin("GET", "/cases")).body.cases).toContainEqual({
      operationId: "GetFlexjob",
      caseElementIdentifier: NEW_CASE,
      source: "run-time",
    });
    expect((await admin("DELETE", `/cases/GetFlexjob/${NEW_CASE}`)).status).toBe(204);
    expectProblem(await asSupertest(call("GetFlexjob", readCase(NEW_CASE), "req-deleted")), "case-not-found", {
      requestId: "req-deleted",
    });
    expect((await admin("GET", "/cases")).body.cases).not.toContainEqual(
      expect.objectContaining({ caseElementIdentifier: NEW_CASE }),
    );
  });

  it("replaces a start-up case (200), which the other operation still does not serve", async () => {
    const put = await admin("PUT", "/cases", offerCase(CASE_1, "11111114"));
    expect(put).toMatchObject({ status: 200, body: { operationId: "GetFlexjob", caseElementIdentifier: CASE_1 } });
    expect((await call("GetFlexjob", readCase(CASE_1))).status).toBe(403);
    expect((await call("GetFlexjob", readCase(CASE_1, "11111114"))).status).toBe(200);
    expect((await call("GetFlexjobAllocation", readCase(CASE_1))).status).toBe(404);
  });

  it("refuses a body that is no valid case file with 400, naming the JSON pointer and the rule", async () => {
    const bad = offerCase(NEW_CASE);
    (bad.flexjobRequestResponseType as { caseElementIdentifier: string }).caseElementIdentifier = "not-a-uuid";
    const answer = await admin("PUT", "/cases", bad);
    expect(answer.status).toBe(400);
    expect(answer.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(answer.body).toEqual({
      type: "urn:flexjob-contract:admin-problem:invalid-request",
      title: "The admin request is not valid",
      status: 400,
      detail: "The body is no valid case file; see errors.",
      errors: [
        {
          path: "/body/flexjobRequestResponseType/caseElementIdentifier",
          message:
            'must match format "uuid" (format at #/components/schemas/FlexjobOfferResponseType/properties/caseElementIdentifier)',
        },
      ],
    });
    expect((await admin("PUT", "/cases", { someOtherWrapper: {} })).body.errors).toEqual([
      {
        path: "/body",
        message: expect.stringMatching(/^must be a FlexjobOfferResponse .* or a FlexjobAllocationResponse/),
      },
    ]);
  });
});

describe("DELETE /cases/{operationId}/{caseElementIdentifier}", () => {
  it("answers 404 for a case the operation does not serve", async () => {
    const answer = await admin("DELETE", `/cases/GetFlexjobAllocation/${CASE_1}`);
    expect(answer).toMatchObject({ status: 404, body: { type: "urn:flexjob-contract:admin-problem:not-found" } });
  });

  it("answers 400 naming the path parameter for an unknown operation", async () => {
    const answer = await admin("DELETE", `/cases/IsAliveAsync/${CASE_1}`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      { path: "/params/operationId", message: expect.stringContaining("must be equal to one of the allowed values") },
    ]);
  });
});

describe("POST /faults", () => {
  it("with times: 2 gives two faulted answers, then the normal one, and is gone", async () => {
    const fault = await admin("POST", "/faults", {
      match: { operationId: "GetFlexjob" },
      response: { status: 503 },
      times: 2,
    });
    expect(fault).toMatchObject({ status: 201, body: { match: { operationId: "GetFlexjob" }, remaining: 2 } });
    const first = await call("GetFlexjob", readCase(CASE_1), "fault-1");
    expect(first.status).toBe(503);
    expect(first.body).toEqual({
      type: "urn:flexjob-contract:problem:injected-fault",
      title: "Injected fault",
      status: 503,
      detail: expect.stringContaining(fault.body.id),
      requestId: "fault-1",
    });
    expect((await admin("GET", "/faults")).body.faults).toEqual([{ ...fault.body, remaining: 1 }]);
    expect((await call("GetFlexjob", readCase(CASE_1))).status).toBe(503);
    expect((await call("GetFlexjob", readCase(CASE_1))).status).toBe(200);
    expect((await admin("GET", "/faults")).body).toEqual({ faults: [] });
  });

  it("answers a documented status or errorCode with the spec's Problem of that row", async () => {
    await admin("POST", "/faults", { response: { errorCode: 80003 }, times: 1 });
    await admin("POST", "/faults", { response: { status: 500 }, times: 1 });
    expectProblem(await asSupertest(call("IsAliveAsync", {}, "f-409")), "grant-status-unknown", { requestId: "f-409" });
    expectProblem(await asSupertest(call("IsAliveAsync", {}, "f-500")), "internal-error", { requestId: "f-500" });
  });

  it("matches on caseElementIdentifier and organisationCode, leaving other requests alone", async () => {
    await admin("POST", "/faults", {
      match: { caseElementIdentifier: CASE_1.toUpperCase(), organisationCode: "12345674" },
      response: { status: 404 },
    });
    expect((await call("GetFlexjob", readCase("22222222-2222-4222-8222-222222222222"))).status).toBe(200);
    expect((await call("GetFlexjob", readCase(CASE_1, "11111114"))).status).toBe(403);
    expect((await call("GetFlexjob", readCase(CASE_1))).body.errorCode).toBe(80002);
    expect((await call("GetFlexjob", readCase(CASE_1))).body.errorCode).toBe(80002);
    expect((await admin("DELETE", "/faults")).status).toBe(204);
    expect((await call("GetFlexjob", readCase(CASE_1))).status).toBe(200);
  });

  it("uses up the x-requestId of a faulted request, as STAR would: a retry with it gets 412", async () => {
    await admin("POST", "/faults", { response: { status: 503 }, times: 1 });
    expect((await call("IsAliveAsync", {}, "used-once")).status).toBe(503);
    expect((await call("IsAliveAsync", {}, "used-once")).status).toBe(412);
  });

  it("does not apply to a request that fails a check before the handler", async () => {
    await admin("POST", "/faults", { response: { status: 503 }, times: 1 });
    expect((await call("GetFlexjob", { getCaseElementRequestType: { caseElementIdentifier: 5 } })).status).toBe(400);
    expect((await admin("GET", "/faults")).body.faults).toHaveLength(1);
  });

  it("with delayMs holds the answer back while a later request is answered", async () => {
    await admin("POST", "/faults", { match: { operationId: "GetFlexjob" }, response: { delayMs: 1500 }, times: 1 });
    const order: string[] = [];
    const delayed = call("GetFlexjob", readCase(CASE_1)).then((answer) => order.push(`delayed ${answer.status}`));
    await waitForFaultsTaken();
    await call("IsAliveAsync").then((answer) => order.push(`other ${answer.status}`));
    await delayed;
    expect(order).toEqual(["other 200", "delayed 200"]);
    const [delayedEntry] = (await admin("GET", "/requests?limit=1")).body.requests;
    expect(delayedEntry).toMatchObject({
      operationId: "GetFlexjob",
      status: 200,
      fault: { response: { delayMs: 1500 } },
    });
  });

  it('with connection "reset" drops the connection without an answer', async () => {
    await admin("POST", "/faults", { response: { connection: "reset" }, times: 1 });
    const error = await call("IsAliveAsync").then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    // fetch's TypeError comes from undici's realm, not jest's.
    expect(error).toMatchObject({ name: "TypeError", message: "fetch failed" });
    expect(String((error as TypeError).cause)).toMatch(/ECONNRESET|other side closed|socket/i);
    expect((await call("IsAliveAsync")).status).toBe(200);
    const [, dropped] = (await admin("GET", "/requests")).body.requests;
    expect(dropped).toMatchObject({
      operationId: "IsAliveAsync",
      status: null,
      fault: { response: { connection: "reset" } },
    });
  });

  it('with connection "hang" never answers; the client gives up', async () => {
    await admin("POST", "/faults", { response: { connection: "hang" }, times: 1 });
    const gaveUp = fetch(`${server.url}/Flexjob/IsAlive`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-requestId": randomUUID() },
      body: "{}",
      signal: AbortSignal.timeout(300),
    });
    await expect(gaveUp).rejects.toMatchObject({ name: "TimeoutError" });
  });

  it("refuses a fault with both a status and a connection, or an unknown field, naming each", async () => {
    const both = await admin("POST", "/faults", { response: { status: 503, connection: "reset" } });
    expect(both.body).toMatchObject({
      status: 400,
      errors: [{ path: "/body/response", message: "has either connection or status/errorCode, not both" }],
    });
    const unknown = await admin("POST", "/faults", { response: { status: 503 }, when: "always" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([
      { path: "/body/when", message: expect.stringContaining("must NOT have additional properties") },
    ]);
    expect((await admin("POST", "/faults", { response: { errorCode: 1234 } })).body.errors).toEqual([
      {
        path: "/body/response/errorCode",
        message: expect.stringContaining("must be equal to one of the allowed values"),
      },
    ]);
  });
});

describe("POST /faults and GET /faults with an organisationCode shaped like a CPR number", () => {
  it("show it withheld, as the journal does, and still match on it", async () => {
    const match = { organisationCode: "0101901234" };
    const put = await admin("POST", "/faults", { match, response: { status: 503 }, times: 1 });
    const shown = { organisationCode: "(CPR-shaped value withheld)" };
    expect(put).toMatchObject({ status: 201, body: { match: shown } });
    const listed = await admin("GET", "/faults");
    expect(listed.body.faults).toEqual([put.body]);
    expect(JSON.stringify([put.body, listed.body])).not.toContain("0101901234");
    expect((await call("GetFlexjob", readCase(CASE_1, "0101901234"))).status).toBe(503);
  });
});

describe("POST /faults beyond the cap", () => {
  it("refuses the fault with 409 once FaultList's maxItems wait, and takes one again after DELETE /faults", async () => {
    const { maxItems } = (await (await fetch(`${server.adminUrl}/openapi.json`)).json()).components.schemas.FaultList
      .properties.faults;
    const fault = { match: { operationId: "GetFlexjob" }, response: { status: 503 } };
    const added = await Promise.all(Array.from({ length: maxItems }, () => admin("POST", "/faults", fault)));
    expect(added.every((answer) => answer.status === 201)).toBe(true);
    expect(await admin("POST", "/faults", fault)).toMatchObject({
      status: 409,
      body: {
        type: "urn:flexjob-contract:admin-problem:too-many-faults",
        title: "Too many faults",
        status: 409,
        detail: `${maxItems} faults are waiting, the most the sandbox holds; remove some first (DELETE /faults).`,
      },
    });
    expect((await admin("GET", "/faults")).body.faults).toHaveLength(maxItems);
    expect((await admin("DELETE", "/faults")).status).toBe(204);
    expect((await admin("POST", "/faults", fault)).status).toBe(201);
  });
});

describe("GET /requests", () => {
  it("lists each request newest first, with its facts and no body", async () => {
    await admin("POST", "/faults", {
      match: { operationId: "GetFlexjobAllocation" },
      response: { status: 502 },
      times: 1,
    });
    await call("GetFlexjobAllocation", readCase("33333333-3333-4333-8333-333333333333"), "journal-1");
    await call("GetFlexjob", readCase(CASE_1), "journal-2");
    await fetch(`${server.url}/nowhere`);
    const { requests } = (await admin("GET", "/requests")).body;
    // The sandbox ids end in twelve digits in a row: CPR-shaped, so the journal withholds them too.
    const withheld = "(CPR-shaped value withheld)";
    expect(requests).toEqual([
      entry({ operationId: null, status: 404, requestId: null, caseElementIdentifier: null, organisationCode: null }),
      entry({ operationId: "GetFlexjob", status: 200, requestId: "journal-2", caseElementIdentifier: withheld }),
      entry({
        operationId: "GetFlexjobAllocation",
        status: 502,
        requestId: "journal-1",
        caseElementIdentifier: withheld,
        fault: { id: expect.any(String), response: { status: 502 } },
      }),
    ]);
    expect((await admin("GET", "/requests?limit=1")).body.requests).toEqual([requests[0]]);
    expect((await admin("DELETE", "/requests")).status).toBe(204);
    expect((await admin("GET", "/requests")).body).toEqual({ requests: [] });
  });

  it("withholds an x-requestId or organisationCode shaped like a CPR number", async () => {
    await call("GetFlexjob", readCase(CASE_1, "0101901234"), "id-0101901234");
    const answer = await admin("GET", "/requests");
    expect(answer.body.requests[0]).toMatchObject({
      requestId: "(CPR-shaped value withheld)",
      organisationCode: "(CPR-shaped value withheld)",
      status: 403,
    });
    expect(JSON.stringify(answer.body)).not.toContain("0101901234");
  });

  it("refuses a limit out of range", async () => {
    expect((await admin("GET", "/requests?limit=0")).body.errors).toEqual([
      { path: "/query/limit", message: "must be >= 1" },
    ]);
  });
});

describe("POST /reset", () => {
  it("undoes run-time cases and faults, empties the journal and forgets request ids", async () => {
    await admin("PUT", "/cases", offerCase(NEW_CASE));
    await admin("DELETE", `/cases/GetFlexjob/${CASE_1}`);
    await admin("POST", "/faults", { match: { operationId: "GetFlexjobAllocation" }, response: { status: 503 } });
    expect((await call("IsAliveAsync", {}, "before-reset")).status).toBe(200);
    expect((await admin("POST", "/reset")).status).toBe(204);
    expect((await admin("GET", "/faults")).body).toEqual({ faults: [] });
    expect((await admin("GET", "/requests")).body).toEqual({ requests: [] });
    expect((await call("GetFlexjob", readCase(NEW_CASE))).status).toBe(404);
    expect((await call("GetFlexjob", readCase(CASE_1))).status).toBe(200);
    expect((await call("GetFlexjobAllocation", readCase("33333333-3333-4333-8333-333333333333"))).status).toBe(200);
    expect((await call("IsAliveAsync", {}, "before-reset")).status).toBe(200);
  });
});

describe("the service port", () => {
  it.each([
    ["GET", "/cases"],
    ["PUT", "/cases"],
    ["POST", "/faults"],
    ["GET", "/requests"],
    ["POST", "/reset"],
  ])("has no admin path: %s %s is 404", async (method, adminPath) => {
    const answer = await fetch(server.url + adminPath, { method }).then(async (r) => ({
      status: r.status,
      body: await r.json(),
    }));
    expect(answer).toMatchObject({ status: 404, body: { type: "urn:flexjob-contract:problem:not-found" } });
  });
});

describe("GET /openapi.json of the admin listener", () => {
  it("serves spec/admin.yaml as one document, the service's schemas included", async () => {
    const { status, body } = await admin("GET", "/openapi.json");
    expect(status).toBe(200);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        "/cases",
        "/cases/{operationId}/{caseElementIdentifier}",
        "/faults",
        "/requests",
        "/reset",
      ]),
    );
    expect(JSON.stringify(body)).not.toContain("flexjob.yaml#");
    expect(body.components.schemas.FlexjobOfferResponse).toBeDefined();
  });
});

function entry(facts: Record<string, unknown>): Record<string, unknown> {
  return {
    time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    organisationCode: "12345674",
    fault: null,
    durationMs: expect.any(Number),
    ...facts,
  };
}

/** A fetch answer in the shape expectProblem reads (lower-case header names). */
async function asSupertest(answer: Promise<JsonAnswer>) {
  const { status, headers, body } = await answer;
  const flat: Record<string, string> = {};
  headers.forEach((value, name) => (flat[name] = value));
  return { status, body, headers: flat };
}

/** Until the delayed request has met its fault (it is then counted down and gone). */
async function waitForFaultsTaken(): Promise<void> {
  while ((await admin("GET", "/faults")).body.faults.length > 0) await new Promise((r) => setTimeout(r, 10));
}
