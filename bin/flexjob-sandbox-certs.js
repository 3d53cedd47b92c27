#!/usr/bin/env node
// Writes the sandbox's TEST certificates (fictitious data) for the reference server's HTTPS mode.
// In a git checkout the TypeScript source beside this file runs through tsx; installed from a
// packed tarball, the build under dist/ runs.
"use strict";
const { existsSync } = require("node:fs");
const path = require("node:path");

const source = path.join(__dirname, "..", "server", "sandbox-certs", "cli.ts");
if (existsSync(source)) {
  require("tsx/cjs");
  require(source).runCli();
} else {
  require(path.join(__dirname, "..", "dist", "server", "sandbox-certs", "cli.js")).runCli();
}
