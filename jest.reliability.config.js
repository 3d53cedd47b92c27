/**
 * The reliability suite (npm run test:reliability): hostile and heavy clients against real
 * servers on loopback, each case bounded in time and count. Besides test/reliability/ it runs the
 * default suite's tests of the same findings (CPR in the log, case files).
 * @type {import('jest').Config}
 */
const base = require("./jest.config");

module.exports = {
  ...base,
  testMatch: [
    "<rootDir>/test/reliability/**/*.test.ts",
    "<rootDir>/test/e2e/server-log-cpr.test.ts",
    "<rootDir>/test/e2e/server-case-files.test.ts",
  ],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 120_000,
};
