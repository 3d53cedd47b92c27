/**
 * In a real headless browser: GET /docs renders the API reference of the spec, with the spec's
 * examples, without loading anything from another host, and --cors lets a page of a listed origin call the operations and
 * read the echoed x-requestId, while a page of another origin cannot.
 */
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { startReferenceServer, type ReferenceServer } from "../../server";
import { BROWSER_SETUP_MS, launchChromium } from "../fixtures/browser";

let browser: Browser;
let sandbox: ReferenceServer;
let listedOrigin: Server;
let otherOrigin: Server;

beforeAll(async () => {
  browser = await launchChromium();
  [listedOrigin, otherOrigin] = await Promise.all([blankPageServer(), blankPageServer()]);
  sandbox = await startReferenceServer({ cors: [originOf(listedOrigin)] });
}, BROWSER_SETUP_MS);

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
  listedOrigin?.close();
  otherOrigin?.close();
});

describe("GET /docs", () => {
  let page: Page;
  const requested: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    page = await browser.newPage();
    // Every request the page makes, answered only when it goes to the sandbox itself.
    await page.route("**/*", (route) => {
      const url = route.request().url();
      requested.push(url);
      return new URL(url).origin === new URL(sandbox.url).origin ? route.continue() : route.abort();
    });
    page.on("console", (message) => void (message.type() === "error" && consoleErrors.push(message.text())));
    await page.goto(`${sandbox.url}/docs`);
    await page.getByRole("heading", { name: "Tell whether the service is alive" }).waitFor({ timeout: 30_000 });
  }, 60_000);

  afterAll(() => page?.close());

  it("renders the three operations", async () => {
    for (const summary of ["Read a flexjob offer", "Read a flexjob grant", "Tell whether the service is alive"]) {
      await expect(page.getByRole("heading", { name: summary }).count()).resolves.toBe(1);
    }
  });

  it("renders the x-requestId header parameter", async () => {
    await expect(page.getByText("x-requestId", { exact: true }).count()).resolves.toBeGreaterThanOrEqual(3);
  });

  it("shows the sandbox cases as examples of the 200 bodies, and an example Problem per error status", async () => {
    for (const id of ["11111111-1111-4111-8111-111111111111", "33333333-3333-4333-8333-333333333333"])
      await expect(page.getByText(`Sandbox case ${id}`).count()).resolves.toBeGreaterThanOrEqual(1);
    await expect(page.getByText('"Plejecentret Solhøj"').count()).resolves.toBeGreaterThanOrEqual(1);
    await page.getByRole("tab", { name: "404" }).first().click();
    await expect(page.getByText('"No case with this caseElementIdentifier for this operation."').count()).resolves.toBe(
      1,
    );
  });

  it("requests nothing from another host", () => {
    const foreign = requested.filter((url) => new URL(url).origin !== new URL(sandbox.url).origin);
    expect(foreign).toEqual([]);
    expect(requested).toEqual(
      expect.arrayContaining([
        `${sandbox.url}/docs`,
        `${sandbox.url}/docs/redoc.standalone.js`,
        `${sandbox.url}/openapi.json`,
      ]),
    );
  });

  it("reports no error but the page's Content-Security-Policy refusing a load from another host", () => {
    // Redoc's footer asks for its logo from its CDN, a URL no option changes; the CSP stops the
    // browser from ever sending that request.
    const notCsp = consoleErrors.filter((text) => !/violates the following Content Security Policy/.test(text));
    expect(notCsp).toEqual([]);
  });
});

describe("a browser app calling the sandbox (--cors)", () => {
  it("from a listed origin: the preflight passes, the answer and its x-requestId are readable", async () => {
    const id = randomUUID();
    await expect(callFrom(listedOrigin, id)).resolves.toEqual({ status: 200, echoed: id, isAlive: true });
  });

  it("from another origin: the browser blocks the call", async () => {
    await expect(callFrom(otherOrigin, randomUUID())).resolves.toEqual({ blocked: "Failed to fetch" });
  });
});

/** Opens a blank page of `origin` and calls IsAlive on the sandbox from it with fetch. */
async function callFrom(origin: Server, requestId: string): Promise<unknown> {
  const page = await browser.newPage();
  try {
    await page.goto(originOf(origin));
    return await page.evaluate(
      async ({ url, id }) => {
        try {
          const response = await fetch(`${url}/Flexjob/IsAlive`, {
            method: "POST",
            headers: { "content-type": "application/json", "x-requestId": id },
            body: "{}",
          });
          const body = (await response.json()) as { isAliveResponseType: { isAlive: boolean } };
          return {
            status: response.status,
            echoed: response.headers.get("x-requestId"),
            isAlive: body.isAliveResponseType.isAlive,
          };
        } catch (error) {
          return { blocked: (error as Error).message };
        }
      },
      { url: sandbox.url, id: requestId },
    );
  } finally {
    await page.close();
  }
}

function blankPageServer(): Promise<Server> {
  const server = createServer((_req, res) =>
    res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>app</title>"),
  );
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function originOf(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
