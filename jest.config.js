/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // End-to-end tests spawn servers and bins; on a busy 2-core machine 5 s is not always enough to start one.
  testTimeout: 30_000,
  // The reliability suite floods real servers for minutes: npm run test:reliability.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/reliability/"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  globalSetup: "<rootDir>/test/fixtures/pack-dir-setup.js",
  globalTeardown: "<rootDir>/test/fixtures/pack-dir-teardown.js",
};
