#!/usr/bin/env node
// Checks a FlexjobService implementation against the spec, from the build under dist/ (written by
// `npm ci` or `npm run build` in a checkout; shipped in the package). `npm run check:contract` runs the source.
"use strict";
require("./load-built")("flexjob-contract-check", "checker/cli.js").runCli();
