/**
 * The checker's outputs: a failing request as a curl command that bash turns back into the same
 * bytes, JUnit XML that stays well-formed whatever a reason holds, and the summary line.
 */
import { execFileSync } from "node:child_process";
import { curlCommand, FRESH_ID, shellQuote } from "../../checker/curl";
import type { CheckResult } from "../../checker/context";
import { escapeXml, toJUnit } from "../../checker/junit";
import { COLOURED, PLAIN, paletteFor } from "../../checker/colours";
import { formatResult, reportJson, summaryLine } from "../../checker/report";
import { coverageOf } from "../../checker/coverage";
import { DOCUMENTED } from "../../checker/outcomes";
import type { Report } from "../../checker/run";

function bash(script: string): string {
  return execFileSync("bash", ["-c", script], { encoding: "utf8", maxBuffer: 4 * 1024 * 1024 });
}

const BASE = "http://127.0.0.1:8080";
const POST = { method: "POST", path: "/Flexjob/IsAlive", contentType: "application/json" };

describe("curl commands", () => {
  it.each(["{}", `{"a":"it's"}`, '$(rm -rf /) `x` \\ "q"', "tab\there\nnew line\u0001", "æøå ✓"])(
    "quote %j so that bash gives back the same text",
    (text) => {
      expect(bash(`printf '%s' ${shellQuote(text)}`)).toBe(text);
    },
  );

  it("make a fresh x-requestId at replay time for a uuid, and keep any other id as sent", () => {
    const uuid = "0b5058a0-115f-42f9-93f7-bb29731789a3";
    expect(curlCommand(BASE, { ...POST, requestId: uuid, body: "{}" })).toBe(
      `curl -i -X POST 'http://127.0.0.1:8080/Flexjob/IsAlive' -H 'content-type: application/json' -H "x-requestId: ${FRESH_ID}" --data-binary '{}'`,
    );
    expect(curlCommand(BASE, { ...POST, requestId: "x".repeat(47), body: "{}" })).toContain(
      `-H 'x-requestId: ${"x".repeat(47)}'`,
    );
    expect(curlCommand(BASE, { ...POST, requestId: "", body: "{}" })).toContain(`-H 'x-requestId;'`);
    expect(curlCommand(BASE, { method: "GET", path: "/Flexjob/IsAlive" })).toBe(
      `curl -i -X GET 'http://127.0.0.1:8080/Flexjob/IsAlive'`,
    );
  });

  it("rebuild an oversized body from its padding instead of printing it", () => {
    const body = `${" ".repeat(5000)}{"a":1}`;
    const command = curlCommand(BASE, { ...POST, body }, { padding: 5000 });
    expect(command.length).toBeLessThan(300);
    const producer = command.slice(0, command.indexOf(" | curl"));
    expect(bash(producer)).toBe(body);
  });

  it("give a fresh id that is a uuid", () => {
    expect(bash(`printf '%s' "${FRESH_ID}"`)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

const failed: CheckResult = {
  id: "negative/GetFlexjob/wrong-type",
  name: 'negative GetFlexjob <wrong> & "type"',
  group: "negative",
  status: "failed",
  reason: "status 500 (expected 400) \u0000\u001b <body> 'x' \ud800",
  reproduce: "curl -i 'http://h/a?b=1&c=2'",
  durationMs: 12,
  reached: [{ operationId: "GetFlexjob", status: 500, errorCode: 1011 }],
};
const passed: CheckResult = {
  id: "method/IsAliveAsync/get",
  name: "method IsAliveAsync GET",
  group: "method",
  status: "passed",
  reason: "405, Allow: POST",
  durationMs: 3,
  reached: [],
};
const skipped: CheckResult = {
  id: "authorisation/GetFlexjob/foreign-case",
  name: "authorisation GetFlexjob foreign case",
  group: "authorisation",
  status: "skipped",
  reason: "left out by --forbidden-case none",
  durationMs: 0,
  reached: [],
};
const report: Report = {
  checkerVersion: "1.2.3",
  baseUrl: "http://h",
  specFile: "/spec.yaml",
  specVersion: "1 (2025-1)",
  seed: 5,
  runs: 2,
  results: [passed, failed, skipped],
  passed: 1,
  failed: 1,
  skipped: 1,
  coverage: coverageOf([passed, failed, skipped]),
};

describe("JUnit XML", () => {
  it("escapes markup and drops characters XML cannot hold", () => {
    expect(escapeXml(`a<b>&"c"'\u0000\u0008\t\n\ud800😀`)).toBe("a&lt;b&gt;&amp;&quot;c&quot;&apos;\t\n😀");
  });

  it("holds one testcase per check, a failure with the reason and the reproduce command", () => {
    const xml = toJUnit(report);
    expect(xml).toContain(
      '<testsuite name="flexjob-contract-check" tests="3" failures="1" errors="0" skipped="1" time="0.015">',
    );
    expect(xml).toContain('<testcase classname="method" name="method IsAliveAsync GET" time="0.003"/>');
    expect(xml).toContain(
      '<testcase classname="negative" name="negative GetFlexjob &lt;wrong&gt; &amp; &quot;type&quot;" time="0.012">',
    );
    expect(xml).toContain(
      '<failure message="status 500 (expected 400)  &lt;body&gt; &apos;x&apos; ">status 500 (expected 400)  &lt;body&gt; &apos;x&apos; \nreproduce:\ncurl -i &apos;http://h/a?b=1&amp;c=2&apos;</failure>',
    );
    // eslint-disable-next-line no-control-regex -- the control characters are what must not appear
    expect(xml).not.toMatch(/[\u0000-\u0008\u001b]/);
  });

  it("marks a skipped check <skipped> with the reason, and names the checker's version", () => {
    const xml = toJUnit(report);
    expect(xml).toContain(
      [
        '  <testcase classname="authorisation" name="authorisation GetFlexjob foreign case" time="0.000">',
        '    <skipped message="left out by --forbidden-case none"/>',
        "  </testcase>",
      ].join("\n"),
    );
    expect(xml.match(/<skipped /g)).toHaveLength(1);
    expect(xml).toContain('<property name="checkerVersion" value="1.2.3"/>');
  });
});

describe("lines for people and JSON for machines", () => {
  it("print PASS, FAIL or SKIP, the name and the reason, with the reproduce command under a failure", () => {
    expect(formatResult(passed)).toBe("PASS  method IsAliveAsync GET: 405, Allow: POST");
    expect(formatResult(skipped)).toBe(
      "SKIP  authorisation GetFlexjob foreign case: left out by --forbidden-case none",
    );
    expect(formatResult(failed).split("\n").slice(1)).toEqual([
      "      reproduce:",
      "        curl -i 'http://h/a?b=1&c=2'",
    ]);
  });

  it("sum up as 'N passed, M failed, K skipped'", () => {
    expect(summaryLine(report)).toBe("1 passed, 1 failed, 1 skipped");
    expect(summaryLine({ passed: 52, failed: 0, skipped: 0 })).toBe("52 passed, 0 failed, 0 skipped");
  });

  it("give the checker's version and every check with its status in the JSON report", () => {
    const json = JSON.parse(reportJson(report)) as { checks: unknown[] };
    expect(json).toEqual({
      checkerVersion: "1.2.3",
      baseUrl: "http://h",
      specFile: "/spec.yaml",
      specVersion: "1 (2025-1)",
      seed: 5,
      runs: 2,
      passed: 1,
      failed: 1,
      skipped: 1,
      coverage: {
        reached: 1,
        total: 25,
        percent: 4,
        outcomes: DOCUMENTED.map((o) => ({
          ...o,
          seenBy: o.operationId === "GetFlexjob" && o.status === 500 ? failed.id : null,
        })),
      },
      checks: [
        { id: passed.id, name: passed.name, group: "method", status: "passed", reason: passed.reason, durationMs: 3 },
        {
          id: failed.id,
          name: failed.name,
          group: "negative",
          status: "failed",
          reason: failed.reason,
          reproduce: failed.reproduce,
          durationMs: 12,
        },
        {
          id: skipped.id,
          name: skipped.name,
          group: "authorisation",
          status: "skipped",
          reason: skipped.reason,
          durationMs: 0,
        },
      ],
    });
  });
});

describe("colours", () => {
  it.each([
    { stream: { isTTY: true }, env: {}, want: "coloured" },
    { stream: { isTTY: false }, env: {}, want: "plain" },
    { stream: {}, env: {}, want: "plain" },
    { stream: { isTTY: true }, env: { NO_COLOR: "1" }, want: "plain" },
    { stream: { isTTY: true }, env: { NO_COLOR: "" }, want: "coloured" },
    { stream: { isTTY: true }, env: { TERM: "dumb" }, want: "plain" },
    { stream: { isTTY: false }, env: { FORCE_COLOR: "1" }, want: "coloured" },
    { stream: { isTTY: true }, env: { FORCE_COLOR: "0" }, want: "plain" },
    { stream: { isTTY: false }, env: { FORCE_COLOR: "1", NO_COLOR: "1" }, want: "plain" },
  ])("are $want on $stream with $env", ({ stream, env, want }) => {
    expect(paletteFor(stream, env)).toBe(want === "coloured" ? COLOURED : PLAIN);
  });

  it("mark PASS green, FAIL red, SKIP yellow and a known failure magenta, the command dim", () => {
    const palette = COLOURED;
    expect(formatResult(passed, { palette })).toBe(
      "\u001b[32mPASS\u001b[39m  method IsAliveAsync GET: 405, Allow: POST",
    );
    expect(formatResult(skipped, { palette }).startsWith("\u001b[33mSKIP\u001b[39m  ")).toBe(true);
    expect(formatResult(failed, { palette }).split("\n")).toEqual([
      `\u001b[31mFAIL\u001b[39m  ${failed.name}: ${failed.reason}`,
      "\u001b[2m      reproduce:\u001b[22m",
      "\u001b[2m        curl -i 'http://h/a?b=1&c=2'\u001b[22m",
    ]);
    expect(formatResult(failed, { palette, known: true }).split("\n")[0]).toBe(
      `\u001b[35mFAIL\u001b[39m  ${failed.name}: ${failed.reason}\u001b[35m (known: in the baseline)\u001b[39m`,
    );
  });
});
