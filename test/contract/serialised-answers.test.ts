/**
 * 200 bodies are serialised once at load and sent as stored bytes, with and without response
 * validation (which checks them once, at load, instead of on every answer): a client gets the
 * case file's JSON, and each stored answer satisfies its operation's 200 schema.
 */
import request from "supertest";
import { OPERATIONS } from "../../generated/contract";
import { violationsOf } from "../../generated/validators";
import { createApp } from "../../server/sandbox/create-app";
import { serialiseChecked } from "../../server/pipeline/serialised-bodies";
import { caseRequest, newRequestId, PATHS, readCaseFiles, SANDBOX_TABLE } from "../fixtures/server-kit";

const plain = createApp();
const validating = createApp({ validateResponses: true });
const files = readCaseFiles();

const OK_CASES = SANDBOX_TABLE.flatMap(({ id, reader, want }) =>
  (["GetFlexjob", "GetFlexjobAllocation"] as const)
    .filter((operationId) => want[operationId].status === 200)
    .map((operationId) => ({ operationId, id, reader })),
);

async function answer(app: typeof plain, path: string, body: object) {
  const res = await request(app).post(path).set("x-requestId", newRequestId()).send(body);
  return {
    status: res.status,
    contentType: res.headers["content-type"],
    contentLength: res.headers["content-length"],
    headerNames: Object.keys(res.headers).sort(),
    text: res.text,
  };
}

describe.each(OK_CASES)("$operationId, case $id", ({ operationId, id, reader }) => {
  it("answers the case file's JSON, byte for byte the same with and without response validation", async () => {
    const fast = await answer(plain, PATHS[operationId], caseRequest(id, reader));
    expect(fast).toEqual(await answer(validating, PATHS[operationId], caseRequest(id, reader)));
    const json = JSON.stringify(files.get(`${operationId} ${id}`));
    expect(fast).toMatchObject({
      status: 200,
      contentType: "application/json; charset=utf-8",
      contentLength: String(Buffer.byteLength(json)),
      text: json,
    });
  });
});

describe("IsAliveAsync", () => {
  it("answers the same bytes and headers with and without response validation", async () => {
    const fast = await answer(plain, PATHS.IsAliveAsync, {});
    expect(fast).toEqual(await answer(validating, PATHS.IsAliveAsync, {}));
    expect(fast.text).toBe('{"isAliveResponseType":{"isAlive":true}}');
  });

  it("answers a body that satisfies its 200 schema, as response validation no longer checks it per answer", async () => {
    const { text } = await answer(validating, PATHS.IsAliveAsync, {});
    expect(violationsOf(OPERATIONS.IsAliveAsync.responseSchema, JSON.parse(text))).toEqual([]);
  });
});

describe("a body stored from code", () => {
  it("is refused when it is stored if it breaks its schema, naming the violation", () => {
    expect(() => serialiseChecked("IsAliveResponse", { isAliveResponseType: { isAlive: "yes" } })).toThrow(
      "a stored IsAliveResponse breaks its schema: /isAliveResponseType/isAlive must be boolean",
    );
  });
});
