/**
 * The reliability suite (npm run test:reliability): hostile and heavy clients against real
 * servers on loopback, each case bounded in time and count, run in band so that the floods do not
 * disturb each other.
 * @type {import('jest').Config}
 */
const base = require("./jest.config");

module.exports = {
  ...base,
  testMatch: ["<rootDir>/test/reliability/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 120_000,
};
