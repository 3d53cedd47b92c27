#!/usr/bin/env node
// Writes the sandbox's TEST certificates (fictitious data) for the reference server's HTTPS mode,
// from the build under dist/. `npm run sandbox:certs` runs the source.
"use strict";
require("./load-built")("flexjob-sandbox-certs", "server/sandbox-certs/cli.js").runCli();
