/**
 * The files of a stub project that depend on how it was asked for (its name, the package version,
 * whether the tarballs were copied): package.json, tsconfig.json, README.md and .gitignore. The
 * sources (src/) are copied from server/stub/template/, which this repository's typecheck and lint
 * hold to the pipeline's API.
 */

/** TypeScript and Node's types, pinned as this repository pins them (test/unit/init-stub.test.ts). */
export const STUB_DEV_VERSIONS = { typescript: "5.9.3", "@types/node": "20.19.43" } as const;

/** The packages a stub installs from tarballs, none of which any registry has. */
export const STUB_PACKAGES = { server: "flexjob-reference-server", checker: "flexjob-contract-check" } as const;

export interface StubFacts {
  /** package.json's name. */
  name: string;
  /** The version of flexjob-reference-server that writes the stub, and of the tarballs it names. */
  version: string;
  /** Whether the tarballs are in vendor/ and package.json depends on them. */
  vendored: boolean;
}

export const tarballOf = (pkg: string, version: string): string => `${pkg}-${version}.tgz`;

/** A package name npm accepts, from the directory's name. */
export function projectName(dirName: string): string {
  const name = dirName
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, "-")
    .replace(/^[._-]+/, "")
    .slice(0, 214);
  return name === "" ? "flexjob-stub" : name;
}

/** The URL the stub serves by default, which the check script and the README use. */
const LOCAL_URL = "http://127.0.0.1:8080";

function packageJson(facts: StubFacts): string {
  const vendored = (pkg: string) => ({ [pkg]: `file:vendor/${tarballOf(pkg, facts.version)}` });
  const manifest = {
    name: facts.name,
    version: "0.1.0",
    private: true,
    description: "An implementation of STAR's Virksomhedsordning.FlexjobService on flexjob-reference-server's pipeline",
    type: "commonjs",
    engines: { node: ">=20" },
    scripts: {
      build: "tsc -p tsconfig.json",
      typecheck: "tsc --noEmit -p tsconfig.json",
      start: "node dist/main.js",
      // The sandbox's 403 and 409 cases mean nothing here: give your own with --forbidden-case and --conflict-case.
      check: `flexjob-contract-check --base-url ${LOCAL_URL} --forbidden-case none --conflict-case none`,
    },
    ...(facts.vendored ? { dependencies: vendored(STUB_PACKAGES.server) } : {}),
    devDependencies: {
      ...STUB_DEV_VERSIONS,
      ...(facts.vendored ? vendored(STUB_PACKAGES.checker) : {}),
    },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    lib: ["ES2022"],
    module: "node16",
    moduleResolution: "node16",
    strict: true,
    esModuleInterop: true,
    skipLibCheck: true,
    forceConsistentCasingInFileNames: true,
    types: ["node"],
    rootDir: "src",
    outDir: "dist",
  },
  include: ["src"],
};

/** Every generated file of the project, by its path in the project. */
export function stubFiles(facts: StubFacts): Record<string, string> {
  return {
    "package.json": packageJson(facts),
    "tsconfig.json": `${JSON.stringify(TSCONFIG, null, 2)}\n`,
    "README.md": readme(facts),
    ".gitignore": "node_modules/\ndist/\n",
  };
}

function installStep(facts: StubFacts): string {
  const server = tarballOf(STUB_PACKAGES.server, facts.version);
  const checker = tarballOf(STUB_PACKAGES.checker, facts.version);
  if (facts.vendored)
    return `The tarballs of \`${STUB_PACKAGES.server}\` and \`${STUB_PACKAGES.checker}\` are in \`vendor/\`, and
\`package.json\` depends on them (\`file:vendor/...\`); commit them, as the lockfile records their integrity.

\`\`\`sh
npm install
\`\`\``;
  return `No registry has the packages: pack them in a checkout of flexjob-contract
(\`npm pack -w ${STUB_PACKAGES.server} -w ${STUB_PACKAGES.checker}\`), copy \`${server}\` and
\`${checker}\` into \`vendor/\`, and install them; \`package.json\` then records
\`file:vendor/...\` (commit the tarballs, as the lockfile records their integrity). A URL where you
keep them works the same way. (\`init-stub DIR --tarballs <where npm pack wrote them>\` does this step.)

\`\`\`sh
npm install ./vendor/${server}
npm install --save-dev ./vendor/${checker}
\`\`\``;
}

function readme(facts: StubFacts): string {
  return `# ${facts.name}

An implementation of STAR's \`Virksomhedsordning.FlexjobService\`, started by
\`flexjob-reference-server init-stub\` (${facts.version}). Its three operations run inside the
contract's pipeline from \`${STUB_PACKAGES.server}\`; until \`src/handlers.ts\` looks cases up,
every case answers 404 / 80002 and IsAlive answers 200.

## Install

${installStep(facts)}

## Build and start

\`\`\`sh
npm run build   # tsc, strict, into dist/ (npm run typecheck checks without writing)
npm start       # ${LOCAL_URL}; PORT and HOST choose another (PORT=0: any free port)
\`\`\`

SIGTERM or Ctrl-C stops it gracefully: no new connections, and the requests in flight finish (for
at most 10 s). Every call needs a fresh \`x-requestId\` (a reused one gets 412); this one prints
the 404 / 80002 Problem every case gets until \`src/handlers.ts\` finds cases:

\`\`\`sh
curl -s -X POST ${LOCAL_URL}/Flexjob/GetFlexjob \\
  -H "x-requestId: $(node -p 'crypto.randomUUID()')" -H 'content-type: application/json' \\
  -d '{"activeOrganisationHeader":{"organisationTypeIdentifier":24,"organisationCode":"12345674"},"getCaseElementRequestType":{"caseElementIdentifier":"11111111-1111-4111-8111-111111111111"}}' -w '\\n'
\`\`\`

## Where your code goes

\`src/handlers.ts\` has one handler per operation, checked with \`satisfies Handlers\`: a missing
operation, a status the spec does not declare or a wrong body is a compile error. Replace the two
lookups (\`findOffer\`, \`findAllocation\`) with your own; each answers a case's whole 200 body or
\`undefined\`. The handler answers with the helpers, never with an error code of its own:

| answer      | how                         | when                                                                    |
| ----------- | --------------------------- | ----------------------------------------------------------------------- |
| 200         | \`{ status: 200, body }\`     | the case, for a caller that may read it                                 |
| 404 / 80002 | \`caseNotFound(input)\`       | no case with this caseElementIdentifier for the operation               |
| 403 / 4575  | \`notAuthorized(input)\`      | \`mayReadCase(input, body)\` is false: not the case's company or operator |
| 409 / 80003 | \`grantStatusUnknown(input)\` | the case's grant is in status "Ukendt"                                  |
| 500 / 1011  | throw                       | anything unexpected (the Problem carries no stack trace)                |

Before a handler runs the pipeline has answered everything else: a missing, malformed or reused
\`x-requestId\` (400, 412), a body that is not valid JSON or breaks the spec (415, 413, 400 / 1014
naming each violation), a case-reading request without \`activeOrganisationHeader\` (403 / 4575).
\`src/main.ts\` passes the options of \`createFlexjobApp\` and \`serve\` (client certificates with
\`auth: "certificate"\` and \`tls\`, \`validateResponses\`, \`cors\`, a Redis request id store).

## Check it against the contract

With the server running, in another terminal:

\`\`\`sh
npm run check
\`\`\`

\`flexjob-contract-check\` asks for the reference server's sandbox cases unless told otherwise. On
the stub as written, every check that needs no case passes; \`positive ...\` and
\`header ... x-requestId of 46 characters\` fail with \`status 404 (expected 200)\`, and the
authorisation and conflict checks are skipped. Once your lookups find cases, name them:
\`npm run check -- --organisation <CVR> --offer-case <uuid> --allocation-case <uuid>\`, and
\`--forbidden-case <uuid>\` (one that CVR may not read) and \`--conflict-case <uuid>\` (grant status
Ukendt) for the last two.
`;
}
