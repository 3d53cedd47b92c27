#!/usr/bin/env node
// Starts the reference server from its build under dist/ (written by `npm ci` through the prepare
// script, by `npm run build`, or shipped in the package). `npm run dev` runs the TypeScript source.
"use strict";
const { existsSync } = require("node:fs");
const path = require("node:path");

const main = path.join(__dirname, "..", "dist", "server", "main.js");
if (!existsSync(main)) {
  process.stderr.write(`flexjob-reference-server: ${main} is missing; build it with \`npm run build\`\n`);
  process.exit(1);
}
require(main).run();
