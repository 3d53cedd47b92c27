/**
 * The organisation and user metadata a request body carries: the client's by default, a call's
 * own when given, and in createRawClient's bodies too unless the body names its own.
 */
import { createFlexjobClient, type FlexjobClientOptions } from "../../client";
import { createRawClient } from "../../client/raw";
import { BASE_URL, CASE_ID, fakeFetch, json, ORGANISATION, sequentialIds } from "./client-fake-fetch";

const ALIVE = { isAliveResponseType: { isAlive: true } };
const OTHER_COMPANY = { organisationTypeIdentifier: 24, organisationCode: "11111114" };
const USER = {
  requestUserStructure: { userFullName: "Mette Fiktiv", requestUserTypeIdentifier: 4, userIdentifier: "mette" },
  requestOrganisationStructure: ORGANISATION,
  registrationDateTime: "2025-03-01T10:00:00+01:00",
};
const OTHER_USER = { ...USER, requestUserStructure: { ...USER.requestUserStructure, userIdentifier: "ole" } };
const CASE_REQUEST = { getCaseElementRequestType: { caseElementIdentifier: CASE_ID } };

function clientWith(options: Partial<FlexjobClientOptions>) {
  const fake = fakeFetch(json(200, ALIVE));
  const client = createFlexjobClient({ baseUrl: BASE_URL, fetch: fake.fetch, requestId: sequentialIds(), ...options });
  return { client, seen: fake.seen };
}

function rawClientWith(options: Partial<FlexjobClientOptions>) {
  const fake = fakeFetch(json(200, ALIVE));
  const raw = createRawClient({ baseUrl: BASE_URL, fetch: fake.fetch, requestId: sequentialIds(), ...options });
  return { raw, seen: fake.seen };
}

describe("createRawClient", () => {
  describe("with an organisation and user metadata configured", () => {
    it("adds both to a body that has neither, as the methods do", async () => {
      const { raw, seen } = rawClientWith({ organisation: ORGANISATION, userMetadata: USER });
      const { response } = await raw.POST("/Flexjob/GetFlexjob", {
        params: { header: { "x-requestId": "raw-1" } },
        body: CASE_REQUEST,
      });
      expect(response.status).toBe(200);
      expect(seen.map((s) => s.body)).toEqual([
        { activeOrganisationHeader: ORGANISATION, requestUserMetadataHeader: USER, ...CASE_REQUEST },
      ]);
    });

    it("keeps the body's own organisation and user metadata", async () => {
      const { raw, seen } = rawClientWith({ organisation: ORGANISATION, userMetadata: USER });
      const body = { activeOrganisationHeader: OTHER_COMPANY, requestUserMetadataHeader: OTHER_USER };
      await raw.POST("/Flexjob/IsAlive", { params: { header: { "x-requestId": "raw-2" } }, body });
      expect(seen.map((s) => s.body)).toEqual([body]);
    });
  });

  describe("without an organisation configured", () => {
    it("sends the body as given", async () => {
      const { raw, seen } = rawClientWith({});
      await raw.POST("/Flexjob/GetFlexjob", {
        params: { header: { "x-requestId": "raw-3" } },
        body: CASE_REQUEST,
      });
      expect(seen.map((s) => s.body)).toEqual([CASE_REQUEST]);
    });
  });
});

describe("per-call organisation and userMetadata", () => {
  it("replace the client's for that call only", async () => {
    const { client, seen } = clientWith({ organisation: ORGANISATION, userMetadata: USER });
    await client.getFlexjob(CASE_ID, { organisation: OTHER_COMPANY, userMetadata: OTHER_USER });
    await client.getFlexjob(CASE_ID);
    expect(seen.map((s) => s.body)).toEqual([
      { activeOrganisationHeader: OTHER_COMPANY, requestUserMetadataHeader: OTHER_USER, ...CASE_REQUEST },
      { activeOrganisationHeader: ORGANISATION, requestUserMetadataHeader: USER, ...CASE_REQUEST },
    ]);
  });

  it("let a client without an organisation act for one per call", async () => {
    const { client, seen } = clientWith({});
    await client.getFlexjobAllocation(CASE_ID, { organisation: OTHER_COMPANY });
    await client.isAlive({ organisation: ORGANISATION });
    expect(seen.map((s) => s.body)).toEqual([
      { activeOrganisationHeader: OTHER_COMPANY, ...CASE_REQUEST },
      { activeOrganisationHeader: ORGANISATION },
    ]);
  });

  it("mix: a call's organisation with the client's user metadata", async () => {
    const { client, seen } = clientWith({ userMetadata: USER });
    await client.isAlive({ organisation: OTHER_COMPANY });
    expect(seen.map((s) => s.body)).toEqual([
      { activeOrganisationHeader: OTHER_COMPANY, requestUserMetadataHeader: USER },
    ]);
  });

  it.each([
    [{ organisation: "12345674" }, /^organisation must be an object .*; got "12345674"$/],
    [{ userMetadata: null }, /^userMetadata must be an object .*; got null$/],
  ])("reject %p with a TypeError before any request", async (call, message) => {
    const { client, seen } = clientWith({});
    await expect(client.isAlive(call as never)).rejects.toThrow(message);
    expect(seen).toHaveLength(0);
  });
});

describe("createFlexjobClient", () => {
  it("rejects an organisation that is not an object", () => {
    expect(() => createFlexjobClient({ baseUrl: BASE_URL, organisation: "12345674" as never })).toThrow(
      /^organisation must be an object/,
    );
  });
});
