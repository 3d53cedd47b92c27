/**
 * The log never carries anything CPR-shaped, at any log level: CPR-shaped values (alone, inside
 * longer numbers, with a hyphen, a space or nothing after the sixth digit) are sent in every field
 * a client controls, and the server's whole output is searched for them.
 */
import { LOG_LEVELS } from "../../server/config";
import { rawRequest, sendRaw, startListening, stopServer } from "../fixtures/raw-http";

jest.setTimeout(60_000);

const CPR_SHAPED = ["310285-1234", "00310285-1234", "003102851234", "31028512343102851234", "310285 1234"];
const LEAK = /310285[- ]?1234/;

/** A request body with a CPR-shaped value in every string and as an unknown key. */
function bodyWith(cpr: string, caseId: string): string {
  return JSON.stringify({
    activeOrganisationHeader: { organisationTypeIdentifier: 24, organisationCode: cpr },
    requestUserMetadataHeader: {
      requestUserStructure: { userFullName: cpr, requestUserTypeIdentifier: 4, userIdentifier: cpr, userEmail: cpr },
      requestOrganisationStructure: { organisationTypeIdentifier: 24, organisationCode: cpr },
      registrationDateTime: cpr,
    },
    getCaseElementRequestType: { caseElementIdentifier: caseId },
    [cpr]: cpr,
  });
}

/** Requests carrying `cpr` in the request id, path, query, headers and body, valid and not. */
function requestsWith(cpr: string, n: number): string[] {
  const json: [string, string] = ["Content-Type", "application/json"];
  const id = (suffix: string): [string, string] => ["x-requestId", `${cpr}-${n}${suffix}`];
  const case1 = "11111111-1111-4111-8111-111111111111";
  return [
    rawRequest("POST", "/Flexjob/GetFlexjob", [id("a"), json], bodyWith(cpr, cpr)),
    rawRequest("POST", "/Flexjob/GetFlexjob", [id("b"), json], bodyWith(cpr, case1)),
    rawRequest("POST", "/Flexjob/IsAlive", [["x-requestId", cpr], json], "{}"),
    rawRequest("POST", "/Flexjob/IsAlive", [["x-requestId", cpr], json], "{}"),
    rawRequest("POST", `/Flexjob/${cpr.replace(" ", "%20")}?cpr=${cpr.replace(" ", "+")}`, [id("c"), json], "{}"),
    rawRequest("POST", "/Flexjob/IsAlive", [id("d"), json], `{"${cpr}": ${cpr.replace(/\D/g, "")}`),
    rawRequest("POST", "/Flexjob/IsAlive", [id("e"), ["Content-Type", `text/${cpr.replace(" ", "")}`]], cpr),
    rawRequest("POST", "/Flexjob/IsAlive", [id("f"), json, ["Expect", cpr], ["User-Agent", cpr]], "{}"),
    rawRequest("POST", "/Flexjob/IsAlive", [id("g"), id("h"), json], "{}"),
    rawRequest("POST", `http://[::1/${cpr.replace(" ", "")}`, [id("i"), json], "{}"),
  ];
}

describe("flexjob-reference-server's log", () => {
  const levels = LOG_LEVELS.filter((level) => level !== "silent");
  it.each(levels)("at --log-level %s carries no CPR-shaped value sent in any field", async (level) => {
    const { server, port } = await startListening(["--log-level", level, "--response-validation"]);
    try {
      await Promise.all(CPR_SHAPED.flatMap((cpr, n) => requestsWith(cpr, n).map((request) => sendRaw(port, request))));
      expect(server.stdout()).not.toMatch(LEAK);
      // Nothing as free text either (a deprecation warning, say).
      expect(server.stderr()).toBe("");
      if (level === "trace" || level === "debug")
        expect(server.stdout()).toContain('"requestId":"(CPR-shaped value withheld)"');
    } finally {
      await stopServer(server);
    }
  });
});
