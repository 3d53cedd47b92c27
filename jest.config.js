/** The files of msw's dependencies that ship ES modules only. */
const ESM_ONLY = "/node_modules/(rettime|until-async|@open-draft/deferred-promise)/.+\\.m?js$";

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // End-to-end tests spawn servers and bins; on a busy 2-core machine 5 s is not always enough to start one.
  testTimeout: 30_000,
  // One worker per core: most test files wait on child processes and sockets, so two workers on
  // two cores took npm test from about 255 s to 135 s; a third was slower again.
  maxWorkers: "100%",
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
  globalSetup: "<rootDir>/test/fixtures/pack-dir-setup.js",
  globalTeardown: "<rootDir>/test/fixtures/pack-dir-teardown.js",
};
