/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // The reliability suite floods real servers for minutes: npm run test:reliability.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/reliability/"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
};
