/**
 * The organisation a call acts for, against the real server: the createRawClient call of
 * docs/client.md (test/readme/raw.ts) reads its case with the options' organisation, and one client reads the cases of two companies
 * by naming the organisation per call.
 */
import { createRawClient } from "../../client/raw";
import { clientFor, startServer, type RunningServer } from "./client-server-kit";
import { CASES } from "../fixtures/sandbox-table";

const CASE_OF_12345674 = CASES.offer;
const CASE_OF_11111114 = CASES.foreignOffer;

let server: RunningServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server.close());

describe("GetFlexjob", () => {
  describe("through createRawClient, as docs/client.md shows it", () => {
    it("sends the options' organisation and gets the case", async () => {
      const raw = createRawClient({
        baseUrl: server.baseUrl,
        organisation: { organisationTypeIdentifier: 24, organisationCode: "12345674" },
      });
      // The raw.POST call of docs/client.md, verbatim but for the case id's constant.
      const { data, error, response } = await raw.POST("/Flexjob/GetFlexjob", {
        params: { header: { "x-requestId": crypto.randomUUID() } },
        body: { getCaseElementRequestType: { caseElementIdentifier: CASES.offer } },
      });
      expect({ status: response.status, error }).toEqual({ status: 200, error: undefined });
      expect(data?.flexjobRequestResponseType.caseElementIdentifier).toBe(CASE_OF_12345674);
    });
  });

  describe("with the organisation given per call", () => {
    it("reads each company's case through one client without an organisation of its own", async () => {
      const client = clientFor(server, undefined);
      const company = (cvr: string) => ({ organisation: { organisationTypeIdentifier: 24, organisationCode: cvr } });
      const first = await client.getFlexjob(CASE_OF_12345674, company("12345674"));
      const second = await client.getFlexjob(CASE_OF_11111114, company("11111114"));
      expect(first.flexjobRequestResponseType.caseElementIdentifier).toBe(CASE_OF_12345674);
      expect(second.flexjobRequestResponseType.caseElementIdentifier).toBe(CASE_OF_11111114);
      await expect(client.getFlexjob(CASE_OF_11111114, company("12345674"))).rejects.toMatchObject({
        status: 403,
        errorCode: 4575,
      });
    });
  });
});
