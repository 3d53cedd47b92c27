/**
 * The PostgreSQL example (docs/examples/postgres/) against a real PostgreSQL: in a schema of its
 * own, filled by the example's loader from the sandbox's case files and served on port 0, it
 * answers every request exactly as the reference server does (status, content type, echoed
 * x-requestId, whole body; the same request id on both, as ids are per server), its log holds no
 * CPR number and no body, and the contract checker passes against it. Without its database it
 * says IsAlive false and answers a case read with the pipeline's internal error.
 */
import { createServer } from "node:net";
import { Writable } from "node:stream";
import { Pool } from "pg";
import { createLogger, serve, type Listening } from "flexjob-reference-server";
import type { FlexjobClientOptions } from "../../client";
import { createRawClient, type FlexjobRawClient } from "../../client/raw";
import { PROBLEM_KINDS, type OperationId } from "../../generated/contract";
import { createPostgresApp } from "../../docs/examples/postgres/app";
import { loadCases } from "../../docs/examples/postgres/load-cases";
import { createApp } from "../../server/sandbox/create-app";
import { runCli, summaryOf } from "../broken-servers/cli";
import { describeWithPostgres, poolInOwnSchema } from "../fixtures/postgres";
import {
  CASES,
  COMPANY,
  newRequestId,
  OTHER_COMPANY,
  PATHS,
  readCaseFiles,
  SANDBOX_TABLE,
  type CaseOperationId,
} from "../fixtures/server-kit";

/** The logger the example's main.ts makes (createLogger: CPR-shaped values withheld), writing into memory. */
function captureLog() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString("utf8"));
      done();
    },
  });
  const text = () => chunks.join("");
  const lines = () =>
    text()
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger: createLogger({ level: "info" }, stream), text, lines };
}

interface Answer {
  status: number;
  contentType: string | null;
  requestId: string | null;
  body: unknown;
}

/** One request through the typed openapi-fetch client, the body sent as given (the client adds no caller). */
async function answer(raw: FlexjobRawClient, operationId: OperationId, body: unknown, requestId?: string) {
  const { data, error, response } = await raw.POST(PATHS[operationId] as "/Flexjob/GetFlexjob", {
    // A request without the header is one of the cases compared; the client's types require it.
    params: { header: { "x-requestId": requestId as string } },
    body: body as never,
  });
  const headers = response.headers;
  return {
    status: response.status,
    contentType: headers.get("content-type"),
    requestId: headers.get("x-requestid"),
    body: data ?? error,
  } satisfies Answer;
}

/** The client's fetch with the x-requestId it would send taken out again. */
const withoutRequestId: typeof fetch = (input, init) => {
  const request = new Request(input, init);
  request.headers.delete("x-requestId");
  return fetch(request);
};

const organisation = (organisationCode: string, organisationTypeIdentifier = 24) => ({
  organisationTypeIdentifier,
  organisationCode,
});
const caseRequest = (id: string, caller?: ReturnType<typeof organisation>) => ({
  ...(caller && { activeOrganisationHeader: caller }),
  getCaseElementRequestType: { caseElementIdentifier: id },
});

interface Row {
  name: string;
  body: unknown;
  want: { status: number; errorCode?: number };
}

const ok = { status: 200 };
const forbidden = { status: 403, errorCode: PROBLEM_KINDS["not-authorized"].errorCode };
const invalid = { status: 400, errorCode: PROBLEM_KINDS["invalid-request"].errorCode };

/** Every request of a case-reading operation compared, with the answer the reference server gives it. */
function caseRows(operationId: CaseOperationId): Row[] {
  const table = SANDBOX_TABLE.map(({ id, reader, want }) => ({
    name: `case ${id} read by its party ${reader}`,
    body: caseRequest(id, organisation(reader)),
    want: want[operationId],
  }));
  const foreign = operationId === "GetFlexjob" ? CASES.foreignOffer : CASES.allocation;
  const reader = operationId === "GetFlexjob" ? COMPANY : OTHER_COMPANY;
  const mine = operationId === "GetFlexjob" ? CASES.offer : CASES.allocation;
  return [
    ...table,
    {
      name: `case ${foreign} read by ${reader}, no party`,
      body: caseRequest(foreign, organisation(reader)),
      want: forbidden,
    },
    { name: `case ${mine} read by a jobcentre`, body: caseRequest(mine, organisation(COMPANY, 8)), want: forbidden },
    { name: `case ${mine} read by no caller`, body: caseRequest(mine), want: forbidden },
    { name: `the unknown case ${CASES.missing} read by no caller`, body: caseRequest(CASES.missing), want: forbidden },
    { name: "its case id in capitals", body: caseRequest(mine.toUpperCase(), organisation(COMPANY)), want: ok },
    {
      name: "its case id as a urn:uuid",
      body: caseRequest(`urn:uuid:${mine}`, organisation(COMPANY)),
      want: { status: 404, errorCode: PROBLEM_KINDS["case-not-found"].errorCode },
    },
    {
      name: "a body against the schema",
      body: { ...caseRequest("not-a-uuid", organisation(COMPANY)), unknownElement: true },
      want: invalid,
    },
  ];
}

const ROWS: Record<OperationId, Row[]> = {
  GetFlexjob: caseRows("GetFlexjob"),
  GetFlexjobAllocation: caseRows("GetFlexjobAllocation"),
  IsAliveAsync: [
    { name: "no caller", body: {}, want: ok },
    { name: "a company", body: { activeOrganisationHeader: organisation(COMPANY) }, want: ok },
    { name: "a body against the schema", body: { isAliveRequestType: {} }, want: invalid },
  ],
};

describeWithPostgres("the PostgreSQL example", () => {
  const log = captureLog();
  let database: Awaited<ReturnType<typeof poolInOwnSchema>>;
  let example: Listening;
  let reference: Listening;
  /** The reference server's answer and the example's to the same request with the same request id. */
  const both = (
    operationId: OperationId,
    body: unknown,
    requestId?: string,
    more: Partial<FlexjobClientOptions> = {},
  ) => {
    const ask = (server: Listening) =>
      answer(createRawClient({ baseUrl: server.url, ...more }), operationId, body, requestId);
    return Promise.all([ask(reference), ask(example)]);
  };

  beforeAll(async () => {
    database = await poolInOwnSchema();
    await loadCases(database.pool);
    example = await serve(createPostgresApp(database.pool, log.logger));
    reference = await serve(createApp({ validateResponses: true }));
  });

  afterAll(async () => {
    await Promise.all([example?.close(), reference?.close()]);
    await database?.drop();
  });

  it("is loaded with every sandbox case file", async () => {
    const { rows } = await database.pool.query<{ count: string }>("SELECT count(*) FROM flexjob_case");
    expect(Number(rows[0]?.count)).toBe(readCaseFiles().size);
  });

  describe.each(Object.keys(ROWS) as OperationId[])("%s", (operationId) => {
    it.each(ROWS[operationId])("answers $name as the reference server: $want.status", async ({ body, want }) => {
      const requestId = newRequestId();
      const [fromReference, fromExample] = await both(operationId, body, requestId);
      expect(fromExample).toEqual(fromReference);
      expect(fromReference).toMatchObject({ status: want.status, requestId });
      if (want.errorCode !== undefined) expect(fromReference.body).toMatchObject({ errorCode: want.errorCode });
    });
  });

  describe("x-requestId", () => {
    it("answers an id used before as the reference server: 412", async () => {
      const requestId = newRequestId();
      await both("IsAliveAsync", {}, requestId);
      const [fromReference, fromExample] = await both(
        "GetFlexjob",
        caseRequest(CASES.offer, organisation(COMPANY)),
        requestId,
      );
      expect(fromExample).toEqual(fromReference);
      expect(fromReference).toMatchObject({ status: PROBLEM_KINDS["replayed-request-id"].status, requestId });
    });

    it("answers a request without one as the reference server: 400", async () => {
      const body = caseRequest(CASES.offer, organisation(COMPANY));
      const [fromReference, fromExample] = await both("GetFlexjob", body, undefined, { fetch: withoutRequestId });
      expect(fromExample).toEqual(fromReference);
      expect(fromReference).toMatchObject({ status: invalid.status, body: { errorCode: invalid.errorCode } });
    });
  });

  it("logs no CPR number and no value of a body", () => {
    expect(log.lines().length).toBeGreaterThan(20);
    expect(log.text()).not.toMatch(/\d{6}[- ]?\d{4}/);
    expect(log.text()).not.toMatch(/flexjobRequestResponseType|flexjobAllocationResponseType|Plejecentret/);
  });

  it("passes the contract checker", async () => {
    const run = await runCli(["--base-url", example.url, "--runs", "2"]);
    expect(run.stdout.split("\n").filter((line) => line.startsWith("FAIL"))).toEqual([]);
    expect(summaryOf(run.stdout)).toMatch(/^\d+ passed, 0 failed, 0 skipped$/);
    expect(run.code).toBe(0);
  });
});

/** A port on loopback that nothing listens on: taken, then given back. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("the PostgreSQL example without its database", () => {
  const log = captureLog();
  let pool: Pool;
  let example: Listening;

  beforeAll(async () => {
    pool = new Pool({ host: "127.0.0.1", port: await closedPort(), connectionTimeoutMillis: 1_000 });
    example = await serve(createPostgresApp(pool, log.logger));
  });

  afterAll(async () => {
    await example?.close();
    await pool?.end();
  });

  const client = () => createRawClient({ baseUrl: example.url });

  it("says IsAlive false", async () => {
    const requestId = newRequestId();
    await expect(answer(client(), "IsAliveAsync", {}, requestId)).resolves.toEqual({
      status: 200,
      contentType: "application/json; charset=utf-8",
      requestId,
      body: { isAliveResponseType: { isAlive: false } },
    });
  });

  it("answers a case read with the pipeline's internal error, logged without the request", async () => {
    const requestId = newRequestId();
    const { type, status, errorCode, title } = PROBLEM_KINDS["internal-error"];
    await expect(
      answer(client(), "GetFlexjob", caseRequest(CASES.offer, organisation(COMPANY)), requestId),
    ).resolves.toEqual({
      status,
      contentType: "application/problem+json; charset=utf-8",
      requestId,
      body: { type, title, status, errorCode, requestId, detail: "The server failed unexpectedly." },
    });
    expect(log.lines()).toContainEqual(expect.objectContaining({ msg: "unexpected error", requestId }));
    expect(log.text()).not.toContain(CASES.offer);
  });
});
