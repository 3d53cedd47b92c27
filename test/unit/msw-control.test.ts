/**
 * flexjob-contract/msw's options and control API: bad input throws before anything changes, with a
 * message that names the field, the rule and the value; the limits are spec/admin.yaml's.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { load } from "js-yaml";
import { createFlexjobHandlers } from "../../msw";
import { MAX_FAULTS, MAX_REQUESTS_LIMIT } from "../../msw/control-rules";

const BASE = "http://flexjob.msw.test";

describe("createFlexjobHandlers", () => {
  it.each<[string, unknown, string]>([
    ["no baseUrl", {}, "baseUrl must be an absolute http(s) URL such as http://127.0.0.1:8080; got undefined"],
    [
      "a relative baseUrl",
      { baseUrl: "/api" },
      'baseUrl must be an absolute http(s) URL such as http://127.0.0.1:8080; got "/api"',
    ],
    [
      "a ws: baseUrl",
      { baseUrl: "ws://x" },
      'baseUrl must be an absolute http(s) URL such as http://127.0.0.1:8080; got "ws://x"',
    ],
    [
      "an auth mode it lacks",
      { baseUrl: BASE, auth: "certificate" },
      'auth must be "header" or "off"; got "certificate"',
    ],
    [
      "a fractional unknownGrantStatus",
      { baseUrl: BASE, unknownGrantStatus: 1.5 },
      "unknownGrantStatus must be a whole number; got 1.5",
    ],
  ])("throws a TypeError for %s", (_name, options, message) => {
    expect(() => createFlexjobHandlers(options as never)).toThrow(new TypeError(message));
  });

  it("gives one handler per operation", () => {
    expect(createFlexjobHandlers({ baseUrl: `${BASE}/api/` }).handlers).toHaveLength(3);
  });
});

describe("addFault", () => {
  const sandbox = createFlexjobHandlers({ baseUrl: BASE });
  afterEach(() => sandbox.reset());

  it.each<[string, unknown, string]>([
    ["no response", {}, "addFault: response is required; got undefined"],
    [
      "an empty response",
      { response: {} },
      "addFault: response must give status, errorCode, delayMs or connection; got {}",
    ],
    [
      "a status below 400",
      { response: { status: 302 } },
      "addFault: response.status must be a whole number from 400 to 599; got 302",
    ],
    [
      "an undocumented errorCode",
      { response: { errorCode: 42 } },
      "addFault: response.errorCode must be one of 1011, 1014, 4575, 80002, 80003; got 42",
    ],
    [
      "a negative delay",
      { response: { delayMs: -1 } },
      "addFault: response.delayMs must be a whole number from 0 to 600000; got -1",
    ],
    [
      "an unknown connection",
      { response: { connection: "close" } },
      'addFault: response.connection must be "reset" or "hang"; got "close"',
    ],
    [
      "a status with a dropped connection",
      { response: { status: 503, connection: "reset" } },
      'addFault: response has either connection or status/errorCode, not both; got {"status":503,"connection":"reset"}',
    ],
    [
      "an unknown operation",
      { match: { operationId: "GetFlexjobs" }, response: { status: 503 } },
      'addFault: match.operationId must be one of GetFlexjob, GetFlexjobAllocation, IsAliveAsync; got "GetFlexjobs"',
    ],
    [
      "a malformed case id",
      { match: { caseElementIdentifier: "1" }, response: { status: 503 } },
      'addFault: match.caseElementIdentifier must be a uuid; got "1"',
    ],
    [
      "an unknown match field",
      { match: { cvr: "1" }, response: { status: 503 } },
      'addFault: match may have only operationId, caseElementIdentifier, organisationCode (not cvr); got {"cvr":"1"}',
    ],
    [
      "times 0",
      { response: { status: 503 }, times: 0 },
      "addFault: times must be a whole number from 1 to 1000000; got 0",
    ],
  ])("throws a TypeError for %s, and adds nothing", async (_name, request, message) => {
    await expect(sandbox.addFault(request as never)).rejects.toThrow(new TypeError(message));
    expect(await sandbox.faults()).toEqual([]);
  });

  it("holds at most spec/admin.yaml's FaultList maxItems faults: one more is a RangeError", async () => {
    const admin = load(readFileSync(path.join(__dirname, "../../spec/admin.yaml"), "utf8")) as {
      components: { schemas: { FaultList: { properties: { faults: { maxItems: number } } } } };
    };
    expect(MAX_FAULTS).toBe(admin.components.schemas.FaultList.properties.faults.maxItems);
    for (let i = 0; i < MAX_FAULTS; i += 1) await sandbox.addFault({ response: { status: 503 } });
    await expect(sandbox.addFault({ response: { status: 503 } })).rejects.toThrow(RangeError);
    expect(await sandbox.faults()).toHaveLength(MAX_FAULTS);
  });

  it("withholds a CPR-shaped organisationCode in what it shows, as the admin listener does", async () => {
    const fault = await sandbox.addFault({ match: { organisationCode: "0101901234" }, response: { status: 503 } });
    expect(fault.match).toEqual({ organisationCode: "(CPR-shaped value withheld)" });
  });
});

describe("putCase, removeCase and requests", () => {
  const sandbox = createFlexjobHandlers({ baseUrl: BASE });

  it("putCase throws a TypeError listing what makes a body no case", async () => {
    await expect(sandbox.putCase({ flexjobRequestResponseType: {} })).rejects.toThrow(
      /^putCase: the body is no valid case file: \/flexjobRequestResponseType\/caseElementFlowState must have required property/,
    );
    await expect(sandbox.putCase({ something: 1 })).rejects.toThrow(/must be a FlexjobOfferResponse/);
  });

  it("removeCase throws a TypeError for an operation that reads no case", async () => {
    await expect(
      sandbox.removeCase({ operationId: "IsAliveAsync" as never, caseElementIdentifier: "x" }),
    ).rejects.toThrow('removeCase: operationId must be one of GetFlexjob, GetFlexjobAllocation; got "IsAliveAsync"');
  });

  it("requests throws a TypeError for a limit outside spec/admin.yaml's 1 to 100000", () => {
    expect(() => sandbox.requests({ limit: 0 })).toThrow(
      new TypeError(`requests: limit must be a whole number from 1 to ${MAX_REQUESTS_LIMIT}; got 0`),
    );
    expect(sandbox.requests({ limit: 1 })).toEqual([]);
  });
});
