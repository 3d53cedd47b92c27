/**
 * The front-end consumer's sources, as text: one program that calls the service with the client,
 * written once and run three ways from the packed tarball: in Node as an ES module and as
 * CommonJS against msw/node's handlers, and in Chromium as an esbuild bundle whose requests MSW's
 * service worker answers (or, with ?real=URL, the reference server with --cors). Each prints (or
 * leaves on window.__results) what it saw.
 */
import { CASES } from "../fixtures/sandbox-table";

/** The program's steps, given `client`, `sandbox` (the MSW control API, or null) and `FlexjobApiError`. */
const STEPS = `
  const results = {};
  const offer = await client.getFlexjob(${JSON.stringify(CASES.offer)});
  results.company = offer.flexjobRequestResponseType.company.companyName;
  try {
    await client.getFlexjobAllocation(${JSON.stringify(CASES.offer)});
  } catch (error) {
    results.notFound = { instanceOf: error instanceof FlexjobApiError, status: error.status, errorCode: error.errorCode };
  }
  if (sandbox) {
    await sandbox.addFault({ match: { operationId: "IsAliveAsync" }, response: { status: 503 }, times: 1 });
    results.alive = (await client.isAlive()).isAliveResponseType.isAlive;
    results.journal = sandbox.requests().map((entry) => [entry.operationId, entry.status]).reverse();
  } else {
    results.alive = (await client.isAlive()).isAliveResponseType.isAlive;
  }
`;

const ORGANISATION = `{ organisationTypeIdentifier: 24, organisationCode: "12345674" }`;

/** What every run must report (the journal only where MSW answers). */
export const EXPECTED = {
  company: "Plejecentret Solhøj",
  notFound: { instanceOf: true, status: 404, errorCode: 80002 },
  alive: true,
};

/** The journal of an MSW run: the 503 the fault gave, then the retry's 200. */
export const EXPECTED_JOURNAL = [
  ["GetFlexjob", 200],
  ["GetFlexjobAllocation", 404],
  ["IsAliveAsync", 503],
  ["IsAliveAsync", 200],
];

/** An ES module program for Node: msw/node's setupServer with flexjob-contract/msw. */
export const NODE_ESM = `import { setupServer } from "msw/node";
import { createFlexjobHandlers } from "flexjob-contract/msw";
import { createFlexjobClient, FlexjobApiError } from "flexjob-contract/client";

const baseUrl = "http://flexjob.sandbox.test";
const sandbox = createFlexjobHandlers({ baseUrl });
const server = setupServer(...sandbox.handlers);
server.listen({ onUnhandledRequest: "error" });
const client = createFlexjobClient({ baseUrl, organisation: ${ORGANISATION}, backoffBaseMs: 1 });
${STEPS}
console.log(JSON.stringify(results));
server.close();
`;

/** The same for CommonJS. */
export const NODE_CJS = `const { setupServer } = require("msw/node");
const { createFlexjobHandlers } = require("flexjob-contract/msw");
const { createFlexjobClient, FlexjobApiError } = require("flexjob-contract/client");

async function main() {
  const baseUrl = "http://flexjob.sandbox.test";
  const sandbox = createFlexjobHandlers({ baseUrl });
  const server = setupServer(...sandbox.handlers);
  server.listen({ onUnhandledRequest: "error" });
  const client = createFlexjobClient({ baseUrl, organisation: ${ORGANISATION}, backoffBaseMs: 1 });
  ${STEPS}
  console.log(JSON.stringify(results));
  server.close();
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
`;

/**
 * The page's script, bundled by esbuild for the browser: with MSW's service worker answering at a
 * host that does not exist, or, given ?real=URL, calling the reference server there (started with
 * --cors for the page's origin).
 */
export const BROWSER_APP = `import { setupWorker } from "msw/browser";
import { createFlexjobHandlers } from "flexjob-contract/msw";
import { createFlexjobClient, FlexjobApiError } from "flexjob-contract/client";

async function run() {
  const real = new URL(location.href).searchParams.get("real");
  const baseUrl = real ?? "https://flexjob.sandbox.example";
  let sandbox = null;
  if (!real) {
    sandbox = createFlexjobHandlers({ baseUrl });
    await setupWorker(...sandbox.handlers).start({ onUnhandledRequest: "bypass", quiet: true });
  }
  const client = createFlexjobClient({ baseUrl, organisation: ${ORGANISATION}, backoffBaseMs: 1 });
  ${STEPS}
  return results;
}

run().then(
  (results) => { window.__results = results; },
  (error) => { window.__results = { error: String(error && error.stack || error) }; },
);
`;
