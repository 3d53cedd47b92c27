#!/usr/bin/env node
// Starts the reference server. In a git checkout the TypeScript source beside this file runs
// through tsx; installed from a packed tarball, the build under dist/ runs.
"use strict";
const { existsSync } = require("node:fs");
const path = require("node:path");

const source = path.join(__dirname, "..", "server", "main.ts");
if (existsSync(source)) {
  require("tsx/cjs");
  require(source).run();
} else {
  require(path.join(__dirname, "..", "dist", "server", "main.js")).run();
}
