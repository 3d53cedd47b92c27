import { readFileSync } from "node:fs";
import path from "node:path";
import {
  createFlexjobClient,
  isFlexjobResponseValidationError,
  type FlexjobResponseValidationError,
  type ResponseValidator,
} from "../../client";
import { createRawClient, type Middleware } from "../../client/raw";
import { validateResponses } from "../../client/validate";
import { BASE_URL, CASE_ID, fakeFetch, json, ORGANISATION, sequentialIds, text, type Reply } from "./client-fake-fetch";

const OFFER = JSON.parse(
  readFileSync(path.join(__dirname, "..", "..", "server", "sandbox", "cases", "case-1-offer.json"), "utf8"),
) as Record<string, Record<string, unknown>>;
const USER = {
  requestUserStructure: { userFullName: "Mette Fiktiv", requestUserTypeIdentifier: 4, userIdentifier: "mette" },
  requestOrganisationStructure: { organisationTypeIdentifier: 24, organisationCode: "12345674" },
  registrationDateTime: "2025-03-01T10:00:00+01:00",
};

function clientAnswering(reply: Reply, more: { validateResponses?: ResponseValidator } = {}) {
  const fake = fakeFetch(reply);
  const client = createFlexjobClient({
    baseUrl: `${BASE_URL}/`,
    organisation: ORGANISATION,
    userMetadata: USER,
    fetch: fake.fetch,
    requestId: sequentialIds(),
    ...more,
  });
  return { client, seen: fake.seen };
}

describe("GetFlexjob", () => {
  describe("when the service answers 200", () => {
    it("POSTs the case request with both headers to /Flexjob/GetFlexjob and resolves to the body", async () => {
      const { client, seen } = clientAnswering(json(200, OFFER));
      await expect(client.getFlexjob(CASE_ID)).resolves.toEqual(OFFER);
      expect(seen).toEqual([
        expect.objectContaining({
          url: `${BASE_URL}/Flexjob/GetFlexjob`,
          method: "POST",
          requestId: "id-1",
          body: {
            activeOrganisationHeader: ORGANISATION,
            requestUserMetadataHeader: USER,
            getCaseElementRequestType: { caseElementIdentifier: CASE_ID },
          },
        }),
      ]);
    });
  });

  describe.each([
    ["not a uuid", "abc"],
    ["a uuid without hyphens", "11111111111141118111111111111111"],
    ["a uuid with a trailing space", `${CASE_ID} `],
    ["empty", ""],
    ["a number", 12345],
  ])("when caseElementIdentifier is %s", (_name, id) => {
    it("rejects with a TypeError showing a valid id, before any request", async () => {
      const { client, seen } = clientAnswering(json(200, OFFER));
      await expect(client.getFlexjob(id as string)).rejects.toThrow(
        /^caseElementIdentifier must be a UUID .* such as 11111111-1111-4111-8111-111111111111; got /,
      );
      await expect(client.getFlexjobAllocation(id as string)).rejects.toThrow(TypeError);
      expect(seen).toHaveLength(0);
    });
  });

  describe("when the 200 body is not JSON", () => {
    it.each([
      ["empty", text(200, "")],
      ["HTML", text(200, "<html>maintenance</html>", { "content-type": "text/html" })],
    ])("throws a FlexjobResponseValidationError for an %s body, even with validation off", async (_name, reply) => {
      const { client } = clientAnswering(reply);
      const error = await client.getFlexjob(CASE_ID).catch((e: unknown) => e);
      expect(isFlexjobResponseValidationError(error)).toBe(true);
      expect((error as FlexjobResponseValidationError).violations).toEqual([
        expect.objectContaining({ pointer: "", rule: "application/json" }),
      ]);
    });
  });
});

describe("GetFlexjobAllocation", () => {
  it("POSTs to /Flexjob/GetFlexjobAllocation", async () => {
    const allocation = { flexjobAllocationResponseType: { caseElementIdentifier: CASE_ID } };
    const { client, seen } = clientAnswering(json(200, allocation));
    await expect(client.getFlexjobAllocation(CASE_ID)).resolves.toEqual(allocation);
    expect(seen[0]?.url).toBe(`${BASE_URL}/Flexjob/GetFlexjobAllocation`);
  });
});

describe("IsAliveAsync", () => {
  it("POSTs only the two headers to /Flexjob/IsAlive", async () => {
    const { client, seen } = clientAnswering(json(200, { isAliveResponseType: { isAlive: true } }));
    await expect(client.isAlive()).resolves.toEqual({ isAliveResponseType: { isAlive: true } });
    expect(seen[0]).toMatchObject({
      url: `${BASE_URL}/Flexjob/IsAlive`,
      body: { activeOrganisationHeader: ORGANISATION, requestUserMetadataHeader: USER },
    });
  });
});

describe("validateResponses", () => {
  const drifted = (change: (inner: Record<string, unknown>) => void) => {
    const copy = structuredClone(OFFER);
    change(copy.flexjobRequestResponseType!);
    return copy;
  };

  it.each([
    {
      name: "a wrong type",
      body: drifted((o) => (o.companyBusinessIdentifier = "1")),
      pointer: "/flexjobRequestResponseType/companyBusinessIdentifier",
      keyword: "type",
    },
    {
      name: "a missing element",
      body: drifted((o) => delete o.flexjobOffer),
      pointer: "/flexjobRequestResponseType/flexjobOffer",
      keyword: "required",
    },
    {
      name: "an undocumented element",
      body: drifted((o) => (o.surprise = true)),
      pointer: "/flexjobRequestResponseType/surprise",
      keyword: "additionalProperties",
    },
    {
      name: "a malformed uuid",
      body: drifted((o) => (o.caseElementIdentifier = "nope")),
      pointer: "/flexjobRequestResponseType/caseElementIdentifier",
      keyword: "format",
    },
  ])("throws on $name, naming the JSON pointer and the rule", async ({ body, pointer, keyword }) => {
    const { client } = clientAnswering(json(200, body), { validateResponses });
    const error = (await client.getFlexjob(CASE_ID).catch((e: unknown) => e)) as FlexjobResponseValidationError;
    expect(error.name).toBe("FlexjobResponseValidationError");
    expect(error.violations).toEqual([
      {
        pointer,
        rule: expect.stringMatching(new RegExp(`^${keyword} at #/components/schemas/`)),
        message: expect.any(String),
      },
    ]);
    expect(error.message).toContain(pointer);
    expect(error.requestId).toBe("id-1");
  });

  it("lets a conforming body through", async () => {
    const { client } = clientAnswering(json(200, OFFER), { validateResponses });
    await expect(client.getFlexjob(CASE_ID)).resolves.toEqual(OFFER);
  });

  it("never loads ajv itself: the validators are precompiled, and the default entry has none", async () => {
    jest.doMock("ajv", () => {
      throw new Error("ajv was loaded");
    });
    await jest.isolateModulesAsync(async () => {
      /* eslint-disable @typescript-eslint/no-require-imports -- a fresh module registry */
      const isolated = require("../../client") as typeof import("../../client");
      const validate = require("../../client/validate") as typeof import("../../client/validate");
      /* eslint-enable @typescript-eslint/no-require-imports */
      const plain = isolated.createFlexjobClient({ baseUrl: BASE_URL, fetch: fakeFetch(json(200, OFFER)).fetch });
      await expect(plain.getFlexjob(CASE_ID)).resolves.toEqual(OFFER);
      const validating = isolated.createFlexjobClient({
        baseUrl: BASE_URL,
        fetch: fakeFetch(
          json(
            200,
            drifted((o) => (o.surprise = true)),
          ),
        ).fetch,
        validateResponses: validate.validateResponses,
      });
      await expect(validating.getFlexjob(CASE_ID)).rejects.toThrow(/surprise/);
    });
    jest.dontMock("ajv");
  });

  it("rejects validateResponses: true, naming where the validator comes from", () => {
    // @ts-expect-error validation takes the validator, not a switch
    expect(() => createFlexjobClient({ baseUrl: BASE_URL, validateResponses: true })).toThrow(
      /^validateResponses takes the validator: import \{ validateResponses \} from "flexjob-contract\/client\/validate"; got true$/,
    );
  });

  it("is off by default: a drifted body is returned as is", async () => {
    const body = drifted((o) => (o.surprise = true));
    const { client } = clientAnswering(json(200, body));
    await expect(client.getFlexjob(CASE_ID)).resolves.toEqual(body);
  });
});

describe("createFlexjobClient options", () => {
  it.each([
    [{ baseUrl: "" }, /^baseUrl must be an absolute http\(s\) URL/],
    [{ baseUrl: "/relative" }, /^baseUrl must be/],
    [{ baseUrl: BASE_URL, timeoutMs: 0 }, /^timeoutMs must be a number of ms from 1 to 2147483647; got 0$/],
    [{ baseUrl: BASE_URL, retries: 1.5 }, /^retries must be a whole number from 0 to 10; got 1.5$/],
    [{ baseUrl: BASE_URL, backoffMaxMs: -1 }, /^backoffMaxMs must be a number of ms >= 0; got -1$/],
    [{ baseUrl: BASE_URL, requestId: "fixed" }, /^requestId must be a function/],
  ])("rejects %j with a TypeError stating the rule", (options, message) => {
    expect(() => createFlexjobClient(options as never)).toThrow(message);
  });

  it("rejects a per-call requestId longer than 46 characters before sending", async () => {
    const { client, seen } = clientAnswering(json(200, OFFER));
    await expect(client.isAlive({ requestId: "x".repeat(47) })).rejects.toThrow(
      /^requestId must be a string of 1 to 46 characters/,
    );
    expect(seen).toHaveLength(0);
  });
});

describe("createRawClient", () => {
  it("is the openapi-fetch client, answering { data, error, response } through the same retrying fetch", async () => {
    const fake = fakeFetch(
      text(503, ""),
      json(404, { type: "urn:x", title: "t", status: 404, detail: "d", errorCode: 80002 }),
    );
    const raw = createRawClient({
      baseUrl: BASE_URL,
      fetch: fake.fetch,
      requestId: sequentialIds(),
      backoffBaseMs: 0,
    });
    const { data, error, response } = await raw.POST("/Flexjob/GetFlexjob", {
      params: { header: { "x-requestId": "raw-1" } },
      body: { getCaseElementRequestType: { caseElementIdentifier: CASE_ID } },
    });
    expect(data).toBeUndefined();
    expect(error).toEqual({ type: "urn:x", title: "t", status: 404, detail: "d", errorCode: 80002 });
    expect(response.status).toBe(404);
    expect(fake.seen.map((s) => s.requestId)).toEqual(["raw-1", "id-1"]);
  });

  it("runs openapi-fetch middleware once per call, around all attempts", async () => {
    const fake = fakeFetch(text(503, ""), json(200, { isAliveResponseType: { isAlive: true } }));
    const statuses: number[] = [];
    const middleware: Middleware = { onResponse: ({ response }) => void statuses.push(response.status) };
    const raw = createRawClient({ baseUrl: BASE_URL, fetch: fake.fetch, backoffBaseMs: 0, middleware: [middleware] });
    await raw.POST("/Flexjob/IsAlive", { params: { header: { "x-requestId": "raw-2" } }, body: {} });
    expect(statuses).toEqual([200]);
    expect(fake.seen).toHaveLength(2);
  });

  it("refuses bad options as createFlexjobClient does, naming itself", () => {
    expect(() => createRawClient({ baseUrl: "flexjob.test" })).toThrow(
      /^baseUrl must be an absolute http\(s\) URL such as http:\/\/127\.0\.0\.1:8080; got "flexjob\.test"$/,
    );
    expect(() => createRawClient(null as never)).toThrow(/^createRawClient needs an options object; got null$/);
    expect(() => createRawClient({ baseUrl: BASE_URL, middleware: {} as never })).toThrow(
      /^middleware must be an array; got an object$/,
    );
  });
});
