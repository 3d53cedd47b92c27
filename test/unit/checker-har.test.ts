/**
 * --har: failing exchanges as HAR 1.2, one page per failing check and one entry per exchange that
 * shows the failure, a request without an answer as status 0 with `_error`, and every CPR-shaped
 * value withheld by the spec's rule, JSON bodies staying JSON.
 */
import type { CheckResult } from "../../checker/context";
import { coverageOf } from "../../checker/coverage";
import { toHar } from "../../checker/har";
import type { Report } from "../../checker/run";
import { withheldBody, withheldValue } from "../../checker/withhold-cpr";
import { CPR_SHAPED } from "../../generated/contract";

const WITHHELD = CPR_SHAPED.placeholder;
const startedAt = new Date("2026-12-01T10:00:00.000Z");
const request = {
  method: "POST",
  path: "/Flexjob/GetFlexjob",
  requestId: "0f8fad5b-d9cb-469f-a165-708677289501",
  contentType: "application/json",
  body: '{"activeOrganisationHeader":{"organisationCode":"0102031234"}}',
};
const answer = '{"person":{"personCivilRegistrationIdentifier":"310280-1234","age":3102801234},"name":"Ida"}';

const failedCheck: CheckResult = {
  id: "positive/GetFlexjob/x",
  name: "positive GetFlexjob x",
  group: "positive",
  status: "failed",
  reason: "the body is for case 310280 1234",
  durationMs: 5,
  reached: [],
  exchanges: [
    {
      request,
      exchange: {
        request,
        status: 200,
        headers: new Headers({ "content-type": "application/json", "x-requestid": request.requestId }),
        text: answer,
      },
      startedAt,
      durationMs: 4.5,
    },
    {
      request: { ...request, body: "{" },
      error: "POST http://h/Flexjob/GetFlexjob got no answer: timed out after 9 ms",
      startedAt,
      durationMs: 9,
    },
  ],
};
const passedCheck: CheckResult = {
  ...failedCheck,
  id: "positive/IsAliveAsync",
  status: "passed",
  exchanges: undefined,
};

const report: Report = {
  checkerVersion: "1.2.3",
  baseUrl: "http://h",
  specFile: "spec/flexjob.yaml",
  specVersion: "1 (2025-1)",
  seed: 1,
  runs: 1,
  results: [passedCheck, failedCheck],
  passed: 1,
  failed: 1,
  skipped: 0,
  coverage: coverageOf([]),
};

describe("the HAR file", () => {
  const har = JSON.parse(toHar(report)) as { log: Record<string, unknown> & { entries: Record<string, unknown>[] } };

  it("is HAR 1.2 from flexjob-contract-check, one page per failing check", () => {
    expect(har.log.version).toBe("1.2");
    expect(har.log.creator).toEqual({ name: "flexjob-contract-check", version: "1.2.3" });
    expect(har.log.pages).toEqual([
      {
        startedDateTime: "2026-12-01T10:00:00.000Z",
        id: failedCheck.id,
        title: `positive GetFlexjob x: the body is for case ${WITHHELD}`,
        pageTimings: {},
      },
    ]);
    expect(har.log.entries).toHaveLength(2);
  });

  it("holds the request and answer as sent, CPR-shaped values withheld, the JSON still JSON", () => {
    const [entry] = har.log.entries;
    expect(entry).toMatchObject({
      pageref: failedCheck.id,
      startedDateTime: "2026-12-01T10:00:00.000Z",
      time: 4.5,
      request: {
        method: "POST",
        url: "http://h/Flexjob/GetFlexjob",
        httpVersion: "HTTP/1.1",
        headers: [
          { name: "x-requestId", value: WITHHELD },
          { name: "content-type", value: "application/json" },
        ],
        postData: {
          mimeType: "application/json",
          text: JSON.stringify({ activeOrganisationHeader: { organisationCode: WITHHELD } }),
        },
        bodySize: Buffer.byteLength(request.body),
      },
      response: {
        status: 200,
        statusText: "OK",
        content: {
          mimeType: "application/json",
          text: JSON.stringify({ person: { personCivilRegistrationIdentifier: WITHHELD, age: WITHHELD }, name: "Ida" }),
          size: Buffer.byteLength(answer),
        },
        headers: [
          { name: "content-type", value: "application/json" },
          { name: "x-requestid", value: WITHHELD },
        ],
      },
      timings: { send: 0, wait: 4.5, receive: 0 },
    });
    expect(JSON.stringify(har)).not.toMatch(CPR_SHAPED.pattern);
  });

  it("gives a request without an answer status 0 and the reason as _error", () => {
    expect(har.log.entries[1]!.response).toMatchObject({
      status: 0,
      _error: "POST http://h/Flexjob/GetFlexjob got no answer: timed out after 9 ms",
    });
  });
});

describe("withholding", () => {
  it.each([
    ["0102031234", WITHHELD],
    ["010203-1234", WITHHELD],
    ["010203 1234", WITHHELD],
    ["x0102031234567y", WITHHELD],
    ["01020312", "01020312"],
    ["12345674", "12345674"],
  ])("takes the header value %j as %j", (given, want) => {
    expect(withheldValue(given)).toBe(want);
  });

  it("replaces a run in text that is not JSON, and leaves a body without one as it is", () => {
    expect(withheldBody('{"a":"0102031234')).toBe(`{"a":"${WITHHELD}`);
    expect(withheldBody('{"n": 12345674, "s": "x"}')).toBe('{"n": 12345674, "s": "x"}');
  });
});
