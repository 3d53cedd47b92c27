#!/usr/bin/env node
// Checks a FlexjobService implementation against the spec. In a git checkout the TypeScript source
// beside this file runs through tsx; installed from a packed tarball, the build under dist/ runs.
"use strict";
const { existsSync } = require("node:fs");
const path = require("node:path");

const source = path.join(__dirname, "..", "checker", "cli.ts");
if (existsSync(source)) {
  require("tsx/cjs");
  require(source).runCli();
} else {
  require(path.join(__dirname, "..", "dist", "checker", "cli.js")).runCli();
}
