#!/usr/bin/env node
// Starts the reference server from its build under dist/ (written by `npm ci` through the prepare
// script or by `npm run build` in a checkout; shipped in the package). `npm run dev` runs the source.
"use strict";
require("./load-built")("flexjob-reference-server", "server/main.js").run();
