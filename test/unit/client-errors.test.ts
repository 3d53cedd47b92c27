import { createFlexjobClient, FlexjobApiError, isFlexjobApiError, type FlexjobErrorCode } from "../../client";
import { BASE_URL, CASE_ID, fakeFetch, json, ORGANISATION, sequentialIds, text, type Reply } from "./client-fake-fetch";

function clientAnswering(reply: Reply) {
  const fake = fakeFetch(reply);
  const client = createFlexjobClient({
    baseUrl: BASE_URL,
    organisation: ORGANISATION,
    fetch: fake.fetch,
    requestId: sequentialIds(),
    retries: 0,
  });
  return { client, seen: fake.seen };
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error,
  );
}

function problem(status: number, kind: string, title: string, errorCode?: number) {
  return {
    type: `urn:flexjob-contract:problem:${kind}`,
    title,
    status,
    detail: `detail of ${kind}`,
    ...(errorCode && { errorCode }),
    requestId: "id-1",
  };
}

describe("GetFlexjob", () => {
  describe("when the service answers a row of the spec's error table", () => {
    const rows: { given: ReturnType<typeof problem>; want: { errorCode: FlexjobErrorCode | undefined } }[] = [
      { given: problem(400, "invalid-request", "The submitted message is not valid", 1014), want: { errorCode: 1014 } },
      {
        given: problem(403, "not-authorized", "You are not authorized to execute the operation", 4575),
        want: { errorCode: 4575 },
      },
      { given: problem(404, "case-not-found", "Bevillingen kunne ikke findes.", 80002), want: { errorCode: 80002 } },
      { given: problem(404, "not-found", "Not found"), want: { errorCode: undefined } },
      { given: problem(405, "method-not-allowed", "Method not allowed"), want: { errorCode: undefined } },
      {
        given: problem(409, "grant-status-unknown", "Bevillingen er i status 'Ukendt'.", 80003),
        want: { errorCode: 80003 },
      },
      { given: problem(412, "replayed-request-id", "Request id already used"), want: { errorCode: undefined } },
      { given: problem(413, "payload-too-large", "Payload too large"), want: { errorCode: undefined } },
      { given: problem(415, "unsupported-media-type", "Unsupported media type"), want: { errorCode: undefined } },
      { given: problem(500, "internal-error", "Internal error", 1011), want: { errorCode: 1011 } },
    ];

    it.each(rows)("throws a FlexjobApiError for $given.status $given.type", async ({ given, want }) => {
      const { client } = clientAnswering(json(given.status, given));
      const error = await failureOf(client.getFlexjob(CASE_ID));
      expect(error).toBeInstanceOf(FlexjobApiError);
      expect(isFlexjobApiError(error)).toBe(true);
      expect(error).toMatchObject({
        name: "FlexjobApiError",
        operationId: "GetFlexjob",
        status: given.status,
        errorCode: want.errorCode,
        title: given.title,
        detail: given.detail,
        requestId: "id-1",
        problem: given,
      });
      expect((error as FlexjobApiError).response.status).toBe(given.status);
      expect((error as FlexjobApiError).message).toContain(given.title);
    });
  });

  describe("when the error body is not a problem", () => {
    const rows = [
      { name: "an empty body", reply: text(500, "") },
      { name: "a body with Content-Length 0", reply: text(404, "", { "content-length": "0" }) },
      {
        name: "an HTML page from a proxy",
        reply: text(502, "<html>Bad gateway</html>", { "content-type": "text/html" }),
      },
      { name: "a JSON array", reply: json(500, [1, 2]) },
    ];

    it.each(rows)("still throws a FlexjobApiError for $name, with the status and no problem", async ({ reply }) => {
      const { client } = clientAnswering(reply);
      const error = await failureOf(client.getFlexjob(CASE_ID));
      expect(isFlexjobApiError(error)).toBe(true);
      const apiError = error as FlexjobApiError;
      expect(apiError.problem).toBeUndefined();
      expect(apiError.errorCode).toBeUndefined();
      expect(apiError.requestId).toBe("id-1");
      expect(apiError.title.length).toBeGreaterThan(0);
      expect(apiError.detail).toMatch(/response (had no body|body is not a problem details object)/);
    });
  });

  describe("when the problem carries an errorCode the spec does not document", () => {
    it("keeps errorCode undefined (so a switch over the typed codes stays honest) and the raw code in problem", async () => {
      const given = { ...problem(500, "internal-error", "Internal error"), errorCode: 99999 };
      const { client } = clientAnswering(json(500, given));
      const error = (await failureOf(client.getFlexjob(CASE_ID))) as FlexjobApiError;
      expect(error.errorCode).toBeUndefined();
      expect(error.problem).toEqual(given);
    });
  });
});

describe("isFlexjobApiError", () => {
  it("recognises an error from another copy of the package, where instanceof fails", () => {
    let other: typeof import("../../client") | undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a second copy of the module
      other = require("../../client") as typeof import("../../client");
    });
    const foreign = new other!.FlexjobApiError({
      operationId: "IsAliveAsync",
      response: new Response(null, { status: 500 }),
      body: undefined,
      requestId: "x",
    });
    expect(foreign).not.toBeInstanceOf(FlexjobApiError);
    expect(isFlexjobApiError(foreign)).toBe(true);
  });

  it.each([
    ["a plain Error", new Error("x")],
    ["an Error named FlexjobApiError", Object.assign(new Error("x"), { name: "FlexjobApiError" })],
    ["an object", { name: "FlexjobApiError", status: 404 }],
    ["null", null],
  ])("rejects %s", (_name, value) => {
    expect(isFlexjobApiError(value)).toBe(false);
  });
});
