/**
 * The request log: one JSON line per request with operationId, status, durationMs, requestId and
 * caller organisation; never a body and never a CPR number, whatever the request or answer held.
 */
import request from "supertest";
import { createApp } from "../../server/sandbox/create-app";
import {
  CASES,
  captureLogger,
  caseRequest,
  newRequestId,
  PATHS,
  readCaseFiles,
  SANDBOX_TABLE,
  type CaseOperationId,
  WRAPPERS,
} from "../fixtures/server-kit";

/** Every CPR number in the bundled case files. */
function cprNumbers(): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, key?: string): void => {
    if (key === "personCivilRegistrationIdentifier" && typeof value === "string") found.add(value);
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  for (const body of readCaseFiles().values()) walk(body);
  return [...found];
}

describe("every operation", () => {
  describe("after serving every sandbox case, good and bad requests", () => {
    const log = captureLogger("trace");
    const app = createApp({ validateResponses: true, logger: log.logger });
    const sent: { requestId: string; operationId: string; status: number }[] = [];
    const cprs = cprNumbers();

    beforeAll(async () => {
      for (const operationId of ["GetFlexjob", "GetFlexjobAllocation"] as CaseOperationId[]) {
        for (const { id, reader } of SANDBOX_TABLE) {
          const requestId = newRequestId();
          const res = await request(app)
            .post(PATHS[operationId])
            .set("x-requestId", requestId)
            .send(caseRequest(id, reader));
          sent.push({ requestId, operationId, status: res.status });
        }
      }
      // A body that quotes a CPR number where none belongs: the 400 must not carry it to the log.
      const requestId = newRequestId();
      const res = await request(app)
        .post(PATHS.GetFlexjob)
        .set("x-requestId", requestId)
        .send({ ...caseRequest(CASES.offer, "12345674"), note: cprs[0] });
      sent.push({ requestId, operationId: "GetFlexjob", status: res.status });
      const malformed = newRequestId();
      const bad = await request(app)
        .post(PATHS.IsAliveAsync)
        .set("x-requestId", malformed)
        .set("content-type", "application/json")
        .send(`{"cpr": "${cprs[0]}"`);
      sent.push({ requestId: malformed, operationId: "IsAliveAsync", status: bad.status });
    });

    it("served every case as the sandbox table says, then a 400 for each bad request", () => {
      const want = (["GetFlexjob", "GetFlexjobAllocation"] as CaseOperationId[]).flatMap((op) =>
        SANDBOX_TABLE.map((row) => row.want[op].status),
      );
      expect(sent.map((s) => s.status)).toEqual([...want, 400, 400]);
      expect(cprs.length).toBeGreaterThanOrEqual(4);
    });

    it("logs one line per request with operationId, status, durationMs and requestId", () => {
      const requestLines = log.lines.filter((line) => line.msg === "request");
      expect(
        requestLines.map((l) => ({ requestId: l.requestId, operationId: l.operationId, status: l.status })),
      ).toEqual(sent);
      for (const line of requestLines) expect(line.durationMs).toEqual(expect.any(Number));
    });

    it("logs the caller organisation of a valid request", () => {
      const line = log.lines.find((l) => l.msg === "request" && l.requestId === sent[0]!.requestId);
      expect(line).toMatchObject({ callerOrganisation: "12345674" });
    });

    it("never logs a CPR number", () => {
      const text = log.text();
      for (const cpr of cprs) expect(text).not.toContain(cpr);
    });

    it("never logs a body: no element name of a request or a case appears outside a violation's pointer", () => {
      // The debug line of a refused request names where each violation is (a JSON pointer), not what was sent.
      const text = log.lines.map(({ violations: _, ...rest }) => JSON.stringify(rest)).join("\n");
      const violations = log.lines.flatMap((l) => (l.violations ?? []) as Record<string, unknown>[]);
      expect(violations).toEqual([
        { pointer: "/body/note", rule: "must NOT have additional properties" },
        { pointer: "/body", rule: "must be well-formed JSON" },
      ]);
      for (const name of [
        "getCaseElementRequestType",
        "caseElementIdentifier",
        ...Object.values(WRAPPERS),
        "companyName",
        "activeOrganisationHeader",
        "note",
      ]) {
        expect(text).not.toContain(name);
      }
    });
  });
});

describe("GetFlexjob", () => {
  describe("when the caller puts a CPR number in x-requestId and organisationCode", () => {
    it("answers as usual but logs neither value", async () => {
      const log = captureLogger("info");
      const app = createApp({ validateResponses: true, logger: log.logger });
      const cpr = "3102901234";
      const res = await request(app)
        .post(PATHS.GetFlexjob)
        .set("x-requestId", "310290-1234")
        .send(caseRequest(CASES.offer, cpr));
      expect(res.status).toBe(403);
      expect(res.headers["x-requestid"]).toBe("310290-1234");
      const line = log.lines.find((l) => l.msg === "request");
      expect(line).toMatchObject({
        operationId: "GetFlexjob",
        status: 403,
        requestId: "(CPR-shaped value withheld)",
        callerOrganisation: "(CPR-shaped value withheld)",
      });
      expect(log.text()).not.toMatch(/310290-?1234/);
    });
  });

  describe.each([
    { given: "a CPR number inside a longer x-requestId", id: "case-3102901234-a", withheld: true },
    { given: "a CPR number inside a longer number", id: "00310290-1234", withheld: true },
    { given: "twelve digits in a row", id: "003102901234", withheld: true },
    { given: "a CPR-shaped run with a space", id: "abc 310290 1234", withheld: true },
    { given: "a uuid whose last group is all digits", id: "11111111-1111-4111-8111-310290123456", withheld: true },
    { given: "a uuid without ten digits in a row", id: "1111a111-1111-4111-8111-310290123abc", withheld: false },
  ])("with $given", ({ id, withheld }) => {
    it(withheld ? "logs the id withheld" : "logs the id as it is", async () => {
      const log = captureLogger("info");
      const app = createApp({ logger: log.logger });
      await request(app).post(PATHS.IsAliveAsync).set("x-requestId", id).send({});
      const line = log.lines.find((l) => l.msg === "request");
      expect(line).toMatchObject({ requestId: withheld ? "(CPR-shaped value withheld)" : id });
    });
  });
});
