/**
 * The consumer projects of the pack test: source files and tsconfigs, as text. The client code uses
 * the client the way the README does; the sandbox code drives flexjob-contract/server. Their
 * `@ts-expect-error` lines fail the compile if the installed types were missing or `any`.
 */
import { CASES } from "../fixtures/sandbox-table";

const BODY = `
async function main(baseUrl: string): Promise<void> {
  const client = createFlexjobClient({
    baseUrl,
    organisation: { organisationTypeIdentifier: 24, organisationCode: "12345674" },
    validateResponses,
  });
  // @ts-expect-error validation takes the validator from flexjob-contract/client/validate
  void (() => createFlexjobClient({ baseUrl, validateResponses: true }));
  const alive: IsAliveResponse = await client.isAlive();
  const offer: FlexjobOffer = (await client.getFlexjob(${JSON.stringify(CASES.offer)})).flexjobRequestResponseType;
  // @ts-expect-error STAR spells it preferedStartDate
  void offer.flexjobOffer.preferredStartDate;
  // @ts-expect-error baseUrl is required
  void (() => createFlexjobClient({}));
  let allocationError: unknown;
  try {
    await client.getFlexjobAllocation(${JSON.stringify(CASES.offer)});
  } catch (error) {
    if (!isFlexjobApiError(error)) throw error;
    const code: FlexjobErrorCode | undefined = error.errorCode;
    allocationError = {
      name: error.name,
      status: error.status,
      errorCode: code,
      guarded: true,
      instanceOf: error instanceof FlexjobApiError,
    };
  }
  // The openapi-fetch client: { data, error, response }, typed from the generated paths.
  const raw = createRawClient({ baseUrl, organisation: { organisationTypeIdentifier: 24, organisationCode: "12345674" } });
  const rawAnswer = await raw.POST("/Flexjob/GetFlexjob", {
    params: { header: { "x-requestId": crypto.randomUUID() } },
    body: { getCaseElementRequestType: { caseElementIdentifier: ${JSON.stringify(CASES.allocation)} } },
  });
  const rawErrorCode: FlexjobErrorCode | undefined = rawAnswer.error?.errorCode;
  // @ts-expect-error raw calls take only the spec's paths
  void (() => raw.POST("/Flexjob/GetFlexjobs", { params: { header: { "x-requestId": "r" } }, body: {} }));
  // Node only: a fetch presenting a client certificate (FOCES), typed.
  const withCertificate: (certificate: ClientCertificate) => CertificateFetch = createCertificateFetch;
  // @ts-expect-error pfx is the file's content, not its name
  void (() => withCertificate({ pfx: "foces.p12" }));
  console.log(JSON.stringify({ alive: alive.isAliveResponseType?.isAlive, caseElementIdentifier: offer.caseElementIdentifier, allocationError, raw: { status: rawAnswer.response.status, errorCode: rawErrorCode } }));
}

main(process.argv[2] ?? "http://127.0.0.1:8080").catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
`;

const IMPORTS = `{ createFlexjobClient, FlexjobApiError, isFlexjobApiError, type FlexjobErrorCode, type FlexjobOffer, type IsAliveResponse }`;

/** The same text serves as src/consumer.ts (CommonJS) and src/consumer-esm.mts (ES module). */
export const CONSUMER = `import ${IMPORTS} from "flexjob-contract/client";\nimport { validateResponses } from "flexjob-contract/client/validate";\nimport { createRawClient } from "flexjob-contract/client/raw";\nimport { createCertificateFetch, type CertificateFetch, type ClientCertificate } from "flexjob-contract/client/node";\n${BODY}`;

const SANDBOX_BODY = `
/** flexjob-contract/server: the reference server in process, driven through its admin listener. */
async function driveSandbox(): Promise<unknown> {
  const sandbox = await startReferenceServer({ port: 0, adminPort: 0, cors: "*" });
  const adminUrl: string = sandbox.adminUrl;
  const withoutAdmin = await startReferenceServer({ port: 0 });
  // @ts-expect-error without adminPort there is no admin listener
  const none: string = withoutAdmin.adminUrl;
  await withoutAdmin.close();
  await fetch(\`\${adminUrl}/faults\`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ response: { status: 503 }, times: 1 }),
  });
  const client = createFlexjobClient({ baseUrl: sandbox.url, backoffBaseMs: 1 });
  await client.isAlive();
  const journal = (await (await fetch(\`\${adminUrl}/requests\`)).json()) as { requests: JournalEntry[] };
  const docs = await fetch(\`\${sandbox.url}/docs/redoc.standalone.js\`);
  await docs.arrayBuffer();
  await sandbox.close();
  return { statuses: journal.requests.map((r) => r.status), docsBundle: docs.status, none };
}

driveSandbox().then(
  (result) => console.log(JSON.stringify(result)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
`;

/** src/sandbox.ts (CommonJS) and src/sandbox-esm.mts: flexjob-contract/server with flexjob-reference-server installed. */
export const SANDBOX = `import { createFlexjobClient } from "flexjob-contract/client";\nimport { startReferenceServer, type JournalEntry } from "flexjob-contract/server";\n${SANDBOX_BODY}`;

const strict = { strict: true, noUncheckedIndexedAccess: true, target: "ES2022", skipLibCheck: false, types: ["node"] };

const README_IMPORT = 'from "../../client"; // README: from "flexjob-contract/client"';

/** test/readme/usage.ts as the README shows it: importing the package by name. */
export function readmeUsage(source: string): string {
  if (!source.includes(README_IMPORT))
    throw new Error(`test/readme/usage.ts lost its marked import line: ${README_IMPORT}`);
  return source.replace(README_IMPORT, 'from "flexjob-contract/client";');
}

export const MODULE_SETTINGS = ["node16", "bundler", "node10", "nodenext"] as const;

/** The other settings check resolution and the consumer's code; node16 checks the declarations themselves. */
const resolutionOnly = { skipLibCheck: true };

/**
 * tsconfig per module setting, given the typeRoots holding @types/node, the CommonJS sources
 * (compiled under node16, bundler and node10) and the ES module sources (nodenext).
 */
export const tsconfigs = (typeRoots: string, cjs: string[], esm: string[]): Record<string, object> => ({
  node16: {
    compilerOptions: {
      ...strict,
      typeRoots: [typeRoots],
      module: "node16",
      moduleResolution: "node16",
      lib: ["ES2022", "DOM"],
      outDir: "out-node16",
    },
    files: cjs,
  },
  bundler: {
    compilerOptions: {
      ...strict,
      ...resolutionOnly,
      typeRoots: [typeRoots],
      module: "esnext",
      moduleResolution: "bundler",
      lib: ["ES2022", "DOM"],
      noEmit: true,
    },
    files: cjs,
  },
  // The pre-exports resolution ("node", now "node10") finds the subpath through typesVersions.
  node10: {
    compilerOptions: {
      ...strict,
      ...resolutionOnly,
      typeRoots: [typeRoots],
      module: "commonjs",
      moduleResolution: "node10",
      lib: ["ES2022", "DOM"],
      noEmit: true,
    },
    files: cjs,
  },
  // No DOM lib: Request, Response and AbortSignal come from @types/node alone.
  nodenext: {
    compilerOptions: {
      ...strict,
      ...resolutionOnly,
      typeRoots: [typeRoots],
      module: "nodenext",
      moduleResolution: "nodenext",
      lib: ["ES2022"],
      outDir: "out-nodenext",
    },
    files: esm,
  },
});

/**
 * src/both.mjs: one ES module program that imports the client and also requires it (as a
 * CommonJS dependency of the program would): both must be one instance, so that an error thrown
 * by the required client is an instance of the imported class.
 */
export const BOTH = `import { createRequire } from "node:module";
import { createFlexjobClient, FlexjobApiError, isFlexjobApiError } from "flexjob-contract/client";
import * as validate from "flexjob-contract/client/validate";

const required = createRequire(import.meta.url)("flexjob-contract/client");
const requiredValidate = createRequire(import.meta.url)("flexjob-contract/client/validate");
const client = required.createFlexjobClient({
  baseUrl: process.argv[2],
  organisation: { organisationTypeIdentifier: 24, organisationCode: "12345674" },
});
try {
  await client.getFlexjobAllocation(${JSON.stringify(CASES.offer)});
} catch (error) {
  console.log(JSON.stringify({
    sameClass: required.FlexjobApiError === FlexjobApiError,
    sameFactory: required.createFlexjobClient === createFlexjobClient,
    sameValidator: requiredValidate.validateResponses === validate.validateResponses,
    instanceOf: error instanceof FlexjobApiError,
    guarded: isFlexjobApiError(error),
  }));
}
`;
