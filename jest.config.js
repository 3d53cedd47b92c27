/** The files of msw's dependencies that ship ES modules only. */
const ESM_ONLY = "/node_modules/(rettime|until-async|@open-draft/deferred-promise)/.+\\.m?js$";

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // End-to-end tests spawn servers and bins; on a busy 2-core machine 5 s is not always enough to start one.
  testTimeout: 30_000,
  // Most test files wait on child processes, sockets and installs rather than compute, so on a
  // 2-core machine three workers beat one per core: npm test took about 221 s with two workers,
  // 167 s with three and 307 s with four (where the servers the tests start compete for the cores).
  maxWorkers: 3,
  // The reliability suite floods real servers for minutes: npm run test:reliability.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/reliability/"],
  // As tsconfig.json's paths: flexjob-contract/server's entry reaches the server's source, not a build.
  moduleNameMapper: { "^flexjob-reference-server$": "<rootDir>/server/index.ts" },
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }],
    // msw's ES-module-only dependencies, as CommonJS (test/fixtures/esm-to-cjs.js).
    [ESM_ONLY]: "<rootDir>/test/fixtures/esm-to-cjs.js",
  },
  transformIgnorePatterns: ["/node_modules/(?!(rettime|until-async|@open-draft/deferred-promise)/)"],
  testSequencer: "<rootDir>/test/fixtures/heavy-first-sequencer.js",
  globalSetup: "<rootDir>/test/fixtures/pack-dir-setup.js",
  globalTeardown: "<rootDir>/test/fixtures/pack-dir-teardown.js",
};
