/**
 * The checker against deliberately broken servers: each breach of the contract fails exactly the
 * checks about it, with a reason that names the breach.
 */
import {
  startBrokenServer,
  withJsonBody,
  type Answer,
  type Defect,
  type Exchanged,
  type RunningServer,
} from "../broken-servers/broken-server";
import { checkAgainst, failedChecks, reasonOf } from "../broken-servers/check-against";
import * as defects from "../broken-servers/defects";
import { CASES } from "../fixtures/sandbox-table";

const OFFER_CASES = [CASES.offer, CASES.secondOffer];
const ALLOCATION_CASES = [CASES.allocation, CASES.secondAllocation];
const OPERATIONS = ["GetFlexjob", "GetFlexjobAllocation", "IsAliveAsync"];
/** The negative kinds the error table answers with 400 (1014), per operation (IsAlive reads no uuid). */
const BAD_REQUEST_KINDS = [
  "missing required element",
  "wrong type",
  "length or value out of bounds",
  "malformed uuid",
  "undocumented property",
  "malformed JSON",
];

function badRequestChecks(): string[] {
  return OPERATIONS.flatMap((op) =>
    BAD_REQUEST_KINDS.filter((kind) => !(op === "IsAliveAsync" && kind === "malformed uuid")).map(
      (kind) => `negative ${op} ${kind}`,
    ),
  );
}

/** A defect that drops one response header from every answer of one status. */
function withoutHeaderOn(status: number, header: string): Defect {
  return {
    response: (answer): Answer => {
      if (answer.status !== status) return answer;
      const { [header]: _dropped, ...headers } = answer.headers;
      return { ...answer, headers };
    },
  };
}

/** A defect that rewrites the JSON body of every answer `matches` picks, and its status if given. */
function bodyRewritten(
  matches: (answer: Answer, request: Exchanged) => boolean,
  change: (body: Record<string, unknown>) => void,
  status?: number,
): Defect {
  return {
    response: (answer, request) =>
      matches(answer, request) ? withJsonBody({ ...answer, status: status ?? answer.status }, change) : answer,
  };
}

/** An unknown case's 404 carries 80003 (grant status Ukendt) instead of 80002. */
const wrongErrorCodeForUnknownCase = bodyRewritten(
  (answer) =>
    answer.status === 404 && (JSON.parse(answer.body.toString("utf8")) as { errorCode?: number }).errorCode === 80002,
  (body) => (body.errorCode = 80003),
);

/** A missing or malformed x-requestId gets 412 instead of 400 (1014). */
const replayForBadRequestId = bodyRewritten(
  (answer, request) => answer.status === 400 && !/^.{1,46}$/s.test(String(request.headers["x-requestid"] ?? "")),
  (body) => {
    Object.assign(body, {
      type: "urn:flexjob-contract:problem:replayed-request-id",
      title: "Request id already used",
      status: 412,
    });
    delete body.errorCode;
    delete body.errors;
  },
  412,
);

/** GetFlexjob answers each case with the body of the other offer case (a valid body, for the wrong case). */
const answersAnotherCase = bodyRewritten(
  (answer, request) => request.path === "/Flexjob/GetFlexjob" && answer.status === 200,
  (body) => {
    const offer = body.flexjobRequestResponseType as { caseElementIdentifier: string };
    offer.caseElementIdentifier = offer.caseElementIdentifier === OFFER_CASES[0] ? OFFER_CASES[1]! : OFFER_CASES[0]!;
  },
);

/** A case whose grant status is Ukendt answers 404 / 80002, as if there were no such case. */
const ukendtAsNotFound = bodyRewritten(
  (answer) => answer.status === 409,
  (body) =>
    Object.assign(body, {
      type: "urn:flexjob-contract:problem:case-not-found",
      title: "Bevillingen kunne ikke findes.",
      status: 404,
      errorCode: 80002,
    }),
  404,
);

/** The 405 Problem lacks its required title. */
const untitled405 = bodyRewritten(
  (answer) => answer.status === 405,
  (body) => delete body.title,
);

let server: RunningServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function checkBroken(defect: Defect, args: readonly string[] = []) {
  server = await startBrokenServer(defect);
  return checkAgainst(server.baseUrl, args);
}

describe("flexjob-contract-check against a broken server", () => {
  it("fails the positive GetFlexjob checks when a required element is missing, naming its pointer", async () => {
    const report = await checkBroken(defects.missingRequiredElement);
    expect(failedChecks(report)).toEqual(OFFER_CASES.map((c) => `positive GetFlexjob ${c}`));
    expect(reasonOf(report, `positive GetFlexjob ${OFFER_CASES[0]}`)).toContain(
      "/flexjobRequestResponseType/company [required at #/components/schemas/FlexjobOfferResponseType] must have required property 'company'",
    );
  });

  it("fails the positive GetFlexjob checks when a string is over its maxLength", async () => {
    const report = await checkBroken(defects.overLongString);
    expect(failedChecks(report)).toEqual(OFFER_CASES.map((c) => `positive GetFlexjob ${c}`));
    expect(reasonOf(report, `positive GetFlexjob ${OFFER_CASES[1]}`)).toContain(
      "/flexjobRequestResponseType/company/companyName [maxLength at #/components/schemas/CompanyType/properties/companyName] must NOT have more than 1200 characters",
    );
  });

  it("fails the positive GetFlexjobAllocation checks when an element has the wrong type", async () => {
    const report = await checkBroken(defects.wrongType);
    expect(failedChecks(report)).toEqual(ALLOCATION_CASES.map((c) => `positive GetFlexjobAllocation ${c}`));
    expect(reasonOf(report, `positive GetFlexjobAllocation ${ALLOCATION_CASES[0]}`)).toContain(
      "/flexjobAllocationResponseType/flexjobAllocation/workLoad [type at #/components/schemas/FlexjobAllocationType/properties/workLoad] must be integer",
    );
  });

  it("fails the positive IsAliveAsync check when the body has an undocumented property", async () => {
    const report = await checkBroken(defects.undocumentedProperty);
    expect(failedChecks(report)).toEqual(["positive IsAliveAsync"]);
    expect(reasonOf(report, "positive IsAliveAsync")).toContain(
      "/isAliveResponseType/version [additionalProperties at #/components/schemas/IsAliveResponseType] must NOT have additional properties",
    );
  });

  it("fails every negative check answered 400 when the server answers an undocumented status instead", async () => {
    const report = await checkBroken(defects.undocumentedStatus);
    expect(failedChecks(report).sort()).toEqual(badRequestChecks().sort());
    expect(reasonOf(report, "negative GetFlexjob wrong type")).toContain(
      "status 422, a status GetFlexjob does not document (expected 400)",
    );
  });

  it("fails every replay check when a replayed x-requestId gets 200", async () => {
    const report = await checkBroken(defects.replayAccepted);
    const replays = report.results.filter((r) => r.group === "replay").map((r) => r.name);
    expect(replays).toHaveLength(7);
    expect(failedChecks(report)).toEqual(replays);
    expect(reasonOf(report, "replay GetFlexjob then GetFlexjobAllocation")).toContain("status 200 (expected 412)");
  });

  it("fails every replay check when the 412 does not echo the x-requestId", async () => {
    const report = await checkBroken(withoutHeaderOn(412, "x-requestid"));
    const replays = report.results.filter((r) => r.group === "replay").map((r) => r.name);
    expect(replays).toHaveLength(7);
    expect(failedChecks(report)).toEqual(replays);
    expect(reasonOf(report, "replay GetFlexjob same x-requestId twice")).toContain("x-requestId is not echoed");
  });

  it("fails every method check when the 405 has no Allow header", async () => {
    const report = await checkBroken(withoutHeaderOn(405, "allow"));
    const methods = report.results.filter((r) => r.group === "method").map((r) => r.name);
    expect(methods).toEqual(OPERATIONS.map((op) => `method ${op} GET`));
    expect(failedChecks(report)).toEqual(methods);
    expect(reasonOf(report, "method GetFlexjob GET")).toContain("no Allow header");
  });

  it("fails the not-found checks when an unknown case's 404 carries the wrong errorCode", async () => {
    const report = await checkBroken(wrongErrorCodeForUnknownCase);
    expect(failedChecks(report)).toEqual([
      "not-found GetFlexjob unknown case",
      "not-found GetFlexjobAllocation unknown case",
    ]);
    expect(reasonOf(report, "not-found GetFlexjob unknown case")).toContain("errorCode 80003 (expected 80002)");
  });

  it("fails the authorisation check when anyone may read any case", async () => {
    const report = await checkBroken({ app: { auth: "off" } });
    expect(failedChecks(report)).toEqual(["authorisation GetFlexjob foreign case"]);
    expect(reasonOf(report, "authorisation GetFlexjob foreign case")).toContain("status 200 (expected 403)");
  });

  it("fails the conflict checks when a case whose grant status is Ukendt gets 404 / 80002", async () => {
    const report = await checkBroken(ukendtAsNotFound);
    expect(failedChecks(report)).toEqual([
      "conflict GetFlexjob grant status Ukendt",
      "conflict GetFlexjobAllocation grant status Ukendt",
    ]);
    expect(reasonOf(report, "conflict GetFlexjobAllocation grant status Ukendt")).toContain(
      "status 404 (expected 409)",
    );
  });

  it("runs neither check given none, skipping them, so a server without such cases can pass", async () => {
    const report = await checkBroken({ app: { auth: "off" } }, ["--forbidden-case", "none", "--conflict-case", "none"]);
    const left = report.results.filter((r) => r.group === "authorisation" || r.group === "conflict");
    expect(left.map((r) => [r.status, r.reason])).toEqual([
      ["skipped", "left out by --forbidden-case none"],
      ["skipped", "left out by --conflict-case none"],
      ["skipped", "left out by --conflict-case none"],
    ]);
    expect(report).toMatchObject({ failed: 0, skipped: 3 });
  });

  it("fails the rejected-header checks when a missing or malformed x-requestId gets 412 instead of 400", async () => {
    const report = await checkBroken(replayForBadRequestId);
    const rejected = report.results
      .filter((r) => r.group === "header" && !r.name.endsWith("of 46 characters"))
      .map((r) => r.name);
    expect(rejected).toHaveLength(9);
    expect(failedChecks(report)).toEqual(rejected);
    expect(reasonOf(report, "header GetFlexjob x-requestId missing")).toContain("status 412 (expected 400)");
  });

  it("fails the positive GetFlexjob checks when the answer is a valid body for another case", async () => {
    const report = await checkBroken(answersAnotherCase);
    expect(failedChecks(report)).toEqual(OFFER_CASES.map((c) => `positive GetFlexjob ${c}`));
    expect(reasonOf(report, `positive GetFlexjob ${OFFER_CASES[0]}`)).toContain(
      `the body is for case "${OFFER_CASES[1]}", not ${OFFER_CASES[0]}`,
    );
  });

  it("fails every method check when the 405 body breaks Problem", async () => {
    const report = await checkBroken(untitled405);
    expect(failedChecks(report)).toEqual(OPERATIONS.map((op) => `method ${op} GET`));
    expect(reasonOf(report, "method IsAliveAsync GET")).toContain(
      "the 405 body breaks Problem: /title [required at #/components/schemas/Problem] must have required property 'title'",
    );
  });

  it("fails the malformed-JSON checks when malformed JSON gets 500, and gives a curl command that replays it", async () => {
    const report = await checkBroken(defects.internalErrorOnMalformedJson);
    expect(failedChecks(report)).toEqual(OPERATIONS.map((op) => `negative ${op} malformed JSON`));
    const result = report.results.find((r) => r.name === "negative GetFlexjob malformed JSON")!;
    expect(result.reason).toMatch(/^not JSON: .*: status 500 \(expected 400\)/);
    expect(result.reproduce).toMatch(
      /^curl -i -X POST 'http:\/\/127\.0\.0\.1:\d+\/Flexjob\/GetFlexjob' -H 'content-type: application\/json'/,
    );
  });

  it("fails, without waiting on every shrink, the checks whose requests get no answer, and goes on", async () => {
    const report = await checkBroken(defects.silentOnMalformedJson, ["--timeout-ms", "1500"]);
    expect(failedChecks(report)).toEqual([
      "replay GetFlexjob after a rejected request",
      ...OPERATIONS.map((op) => `negative ${op} malformed JSON`),
    ]);
    expect(reasonOf(report, "negative IsAliveAsync malformed JSON")).toMatch(
      /^not JSON: .*: POST http:\/\/127\.0\.0\.1:\d+\/Flexjob\/IsAlive got no answer: timed out after 1500 ms \(seed 42, not shrunk\)$/,
    );
    expect(report.passed).toBe(report.results.length - 4);
  }, 30_000);
});
