/**
 * flexjob-contract as a front-end project gets it: the packed tarball installed with msw into a
 * temporary project (one install for the whole file), then
 * - browser bundles built from it by esbuild (minified, ES module, for the browser): the client
 *   alone within its size budget, with no ajv, no validators, no spec text, no openapi-fetch and no
 *   CommonJS build; the validating bundle, the openapi-fetch client's and the MSW handlers' bundle
 *   measured and reported;
 * - flexjob-contract/msw under msw/node, from an ES module and from a CommonJS program;
 * - in headless Chromium, a page built from the same bundle whose requests MSW's service worker
 *   answers, and the same page calling the reference server started with --cors.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { Browser } from "playwright-core";
import { startReferenceServer, type ReferenceServer } from "../../server";
import { BROWSER_SETUP_MS, launchChromium } from "../fixtures/browser";
import { consumerProject, packedPackages } from "../fixtures/packed-packages";
import { BROWSER_APP, EXPECTED, EXPECTED_JOURNAL, NODE_CJS, NODE_ESM } from "./front-end-app";

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, "..", "..");
const MSW_VERSION = (
  JSON.parse(readFileSync(path.join(ROOT, "node_modules", "msw", "package.json"), "utf8")) as {
    version: string;
  }
).version;

/** The budget of the client's browser bundle (docs/front-end.md: it measures 9.8 KB and 3.6 KB). */
const CLIENT_LIMIT = { minified: 12 * 1024, gzip: 5 * 1024 };

let project: string;

beforeAll(async () => {
  const tarballs = await packedPackages();
  project = consumerProject("flexjob-front-end-", [tarballs["flexjob-contract"], `msw@${MSW_VERSION}`]);
}, 240_000);

afterAll(() => project && rmSync(project, { recursive: true, force: true }));

interface Bundle {
  code: string;
  minified: number;
  gzip: number;
  inputs: string[];
}

/** esbuild's browser bundle of `contents`, resolved from the consumer project's node_modules. */
async function bundle(contents: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents, resolveDir: project, loader: "js" },
    absWorkingDir: project,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.text;
  const bytes = Buffer.from(code);
  return {
    code,
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    inputs: Object.keys(result.metafile.inputs),
  };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

describe("the browser bundle of createFlexjobClient, built from the tarball", () => {
  let client: Bundle;
  beforeAll(async () => {
    client = await bundle('export { createFlexjobClient } from "flexjob-contract/client";');
    console.log(`createFlexjobClient: ${kb(client.minified)} minified, ${kb(client.gzip)} gzip`);
  });

  it(`is at most ${kb(CLIENT_LIMIT.minified)} minified and ${kb(CLIENT_LIMIT.gzip)} gzip`, () => {
    expect(client.minified).toBeLessThanOrEqual(CLIENT_LIMIT.minified);
    expect(client.gzip).toBeLessThanOrEqual(CLIENT_LIMIT.gzip);
  });

  it("is built from the client's ES modules, not from a CommonJS build, and holds no openapi-fetch", () => {
    const ours = client.inputs.filter((input) => input.includes("flexjob-contract/"));
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.filter((input) => !input.includes("flexjob-contract/dist/esm/"))).toEqual([]);
    expect(client.inputs.filter((input) => input.includes("openapi-fetch/"))).toEqual([]);
  });

  it("holds no ajv, no validators, no sandbox cases and no spec text", () => {
    expect(client.inputs.filter((input) => /ajv|validators|sandbox-cases|openapi\.json|\.yaml/.test(input))).toEqual(
      [],
    );
    // Text only the spec holds: its descriptions and its schemas' locations.
    for (const text of ["x-location", "STAR code list", "#/components/schemas/Flexjob"])
      expect([text, client.code.includes(text)]).toEqual([text, false]);
  });

  it('is "sideEffects": false, and is so: imported for their effects alone the entries bundle to nothing, and with the mark ignored they run without touching a global', async () => {
    const entries = [
      "flexjob-contract/client",
      "flexjob-contract/client/validate",
      "flexjob-contract/client/raw",
      "flexjob-contract/msw",
    ];
    const imports = entries.map((entry) => `import ${JSON.stringify(entry)};`).join("\n");
    expect((await bundle(imports)).code.trim()).toBe("");
    const unmarked = await build({
      stdin: { contents: imports, resolveDir: project, loader: "js" },
      absWorkingDir: project,
      bundle: true,
      format: "cjs",
      platform: "browser",
      // msw is the caller's: only flexjob-contract's own modules run here.
      external: ["msw"],
      ignoreAnnotations: true,
      write: false,
      logLevel: "silent",
    });
    const code = unmarked.outputFiles[0]!.text;
    // What esbuild cannot prove free of effects without the mark: the top-level statements that run on import.
    expect(code).toContain("dist/esm/generated/validators.js");
    const msw = { http: { all: () => undefined }, HttpResponse: class {} };
    const context = vm.createContext({ require: () => msw, module: { exports: {} }, exports: {} });
    const before = Object.getOwnPropertyNames(vm.runInContext("globalThis", context)).sort();
    vm.runInContext(`(function () {\n${code}\n})();`, context);
    expect(Object.getOwnPropertyNames(vm.runInContext("globalThis", context)).sort()).toEqual(before);
  });

  it("with validateResponses, holds the precompiled validators and still no ajv (measured)", async () => {
    const validating = await bundle(
      'export { createFlexjobClient } from "flexjob-contract/client"; export { validateResponses } from "flexjob-contract/client/validate";',
    );
    console.log(
      `createFlexjobClient + validateResponses: ${kb(validating.minified)} minified, ${kb(validating.gzip)} gzip`,
    );
    expect(validating.inputs).toContain("node_modules/flexjob-contract/dist/esm/generated/validators.js");
    expect(validating.inputs.filter((input) => input.includes("node_modules/ajv"))).toEqual([]);
    expect(validating.minified).toBeGreaterThan(client.minified);
  });

  it("with createRawClient, holds openapi-fetch's ES module (measured)", async () => {
    const raw = await bundle('export { createRawClient } from "flexjob-contract/client/raw";');
    console.log(`createRawClient: ${kb(raw.minified)} minified, ${kb(raw.gzip)} gzip`);
    expect(raw.inputs.filter((input) => input.includes("openapi-fetch/"))).toEqual([
      "node_modules/openapi-fetch/dist/index.mjs",
    ]);
    expect(raw.inputs).not.toContain("node_modules/flexjob-contract/dist/esm/client/create-flexjob-client.js");
  });

  it("with flexjob-contract/msw and msw/browser, holds the validators, the cases and MSW, and no ajv (measured)", async () => {
    const mocked = await bundle(
      'export { createFlexjobHandlers } from "flexjob-contract/msw"; export { setupWorker } from "msw/browser";',
    );
    console.log(`createFlexjobHandlers + setupWorker: ${kb(mocked.minified)} minified, ${kb(mocked.gzip)} gzip`);
    expect(mocked.inputs).toEqual(
      expect.arrayContaining([
        "node_modules/flexjob-contract/dist/esm/generated/validators.js",
        "node_modules/flexjob-contract/dist/esm/generated/sandbox-cases.js",
      ]),
    );
    expect(mocked.inputs.filter((input) => input.includes("node_modules/ajv"))).toEqual([]);
  });
});

describe("flexjob-contract/msw under msw/node, from the tarball", () => {
  it.each([
    ["an ES module", "msw-node.mjs", NODE_ESM],
    ["CommonJS", "msw-node.cjs", NODE_CJS],
  ])(
    "%s: the client gets the sandbox's answers, catches FlexjobApiError by instanceof, and retries a fault",
    (_name, file, source) => {
      writeFileSync(path.join(project, file), source);
      const output = execFileSync(process.execPath, [file], { cwd: project, encoding: "utf8" });
      expect(JSON.parse(output)).toEqual({ ...EXPECTED, journal: EXPECTED_JOURNAL });
    },
  );
});

describe("in headless Chromium, a page built from the ES module bundle", () => {
  let browser: Browser;
  let site: Server;
  let origin: string;
  let reference: ReferenceServer;

  beforeAll(async () => {
    browser = await launchChromium();
    const dir = path.join(project, "site");
    mkdirSync(dir, { recursive: true });
    const app = await bundle(BROWSER_APP);
    writeFileSync(path.join(dir, "app.js"), app.code);
    writeFileSync(
      path.join(dir, "index.html"),
      '<!doctype html><meta charset="utf-8"><script type="module" src="/app.js"></script>',
    );
    // MSW's worker, as `npx msw init` copies it into a site's public folder.
    writeFileSync(
      path.join(dir, "mockServiceWorker.js"),
      readFileSync(path.join(project, "node_modules", "msw", "lib", "mockServiceWorker.js")),
    );
    site = await serveDirectory(dir);
    origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    reference = await startReferenceServer({ cors: [origin] });
  }, BROWSER_SETUP_MS);

  afterAll(async () => {
    await browser?.close();
    await reference?.close();
    site?.close();
  });

  async function resultsOf(url: string): Promise<unknown> {
    const page = await browser.newPage();
    try {
      await page.goto(url);
      await page.waitForFunction(() => (window as { __results?: unknown }).__results !== undefined, undefined, {
        timeout: 30_000,
      });
      return await page.evaluate(() => (window as { __results?: unknown }).__results);
    } finally {
      await page.close();
    }
  }

  it("calls the client, MSW's service worker answers from the sandbox, and a fault is retried", async () => {
    expect(await resultsOf(`${origin}/`)).toEqual({ ...EXPECTED, journal: EXPECTED_JOURNAL });
  });

  it("calls the reference server started with --cors for the page's origin", async () => {
    expect(await resultsOf(`${origin}/?real=${encodeURIComponent(reference.url)}`)).toEqual(EXPECTED);
  });
});

/** A static file server for the page, its script and MSW's worker, on a free port. */
function serveDirectory(dir: string): Promise<Server> {
  const types: Record<string, string> = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
  };
  const server = createServer((req, res) => {
    const name = new URL(req.url ?? "/", "http://x").pathname.replace(/^\/$/, "/index.html");
    try {
      const body = readFileSync(path.join(dir, path.basename(name)));
      res.writeHead(200, { "content-type": types[path.extname(name)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}
