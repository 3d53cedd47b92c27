/**
 * The client in a real bundler (esbuild, minified, for the browser), built from the sources (the
 * tarball's bundle is test/e2e/front-end-consumer.test.ts's). Without validation the bundle holds
 * neither ajv, nor the validators, nor the spec, nor openapi-fetch, and stays within 12 KB. With
 * flexjob-contract/client/validate it validates in a realm where code generation from strings is
 * off (as under a Content-Security-Policy without 'unsafe-eval'): no `eval`, no `new Function`.
 */
import path from "node:path";
import vm from "node:vm";
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { CASES } from "../fixtures/sandbox-table";

const ROOT = path.resolve(__dirname, "..", "..");
const LIMIT_BYTES = 12 * 1024;

async function bundle(contents: string): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    minify: true,
    format: "iife",
    globalName: "bundled",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  return { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs) };
}

const OFFER = JSON.parse(readFileSync(path.join(ROOT, "server", "sandbox", "cases", "case-1-offer.json"), "utf8")) as {
  flexjobRequestResponseType: Record<string, unknown>;
};
const CASE_ID = CASES.offer;

/** Runs the bundle in a fresh realm that refuses code generation from strings, as a strict CSP does. */
function runInStrictRealm(code: string): Record<string, unknown> {
  const context = vm.createContext(
    { Request, Response, Headers, URL, FormData, Blob, AbortController, AbortSignal, crypto, setTimeout, clearTimeout },
    { codeGeneration: { strings: false, wasm: false } },
  );
  vm.runInContext(code, context);
  return vm.runInContext("bundled", context) as Record<string, unknown>;
}

describe("a browser bundle of createFlexjobClient", () => {
  describe("without validation", () => {
    let built: { code: string; inputs: string[] };
    beforeAll(async () => {
      built = await bundle('export { createFlexjobClient } from "./client";');
    });

    it(`is at most ${LIMIT_BYTES} bytes minified`, () => {
      expect(Buffer.byteLength(built.code)).toBeLessThanOrEqual(LIMIT_BYTES);
    });

    it("holds neither ajv nor the validators nor the spec nor openapi-fetch", () => {
      const heavy = built.inputs.filter((input) =>
        /ajv|validators|openapi\.json|flexjob\.yaml|openapi-fetch/.test(input),
      );
      expect(heavy).toEqual([]);
    });
  });

  describe("with flexjob-contract/client/validate", () => {
    let client: {
      getFlexjob(id: string): Promise<unknown>;
    };
    let reply: unknown;
    beforeAll(async () => {
      const built = await bundle(
        'export { createFlexjobClient } from "./client"; export { validateResponses } from "./client/validate";',
      );
      const realm = runInStrictRealm(built.code) as {
        createFlexjobClient: (options: unknown) => typeof client;
        validateResponses: unknown;
      };
      expect(() =>
        vm.runInContext("new Function('return 1')", vm.createContext({}, { codeGeneration: { strings: false } })),
      ).toThrow(/Code generation from strings disallowed/);
      client = realm.createFlexjobClient({
        baseUrl: "http://flexjob.test",
        fetch: async () => new Response(JSON.stringify(reply), { headers: { "content-type": "application/json" } }),
        validateResponses: realm.validateResponses,
        retries: 0,
      });
    });

    it("lets a conforming body through", async () => {
      reply = OFFER;
      await expect(client.getFlexjob(CASE_ID)).resolves.toEqual(OFFER);
    });

    it("throws FlexjobResponseValidationError naming the pointer and rule of a drifted body", async () => {
      reply = { flexjobRequestResponseType: { ...OFFER.flexjobRequestResponseType, caseElementIdentifier: "nope" } };
      await expect(client.getFlexjob(CASE_ID)).rejects.toMatchObject({
        name: "FlexjobResponseValidationError",
        violations: [
          {
            pointer: "/flexjobRequestResponseType/caseElementIdentifier",
            rule: "format at #/components/schemas/FlexjobOfferResponseType/properties/caseElementIdentifier",
            message: 'must match format "uuid"',
          },
        ],
      });
    });
  });
});
