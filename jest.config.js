/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // End-to-end tests spawn servers and bins; on a busy 2-core machine 5 s is not always enough to start one.
  testTimeout: 30_000,
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
};
