// The bins' one loader: requires a module of the build under dist/ (compiled JavaScript only, no
// TypeScript at run time) and turns a missing build or a missing dependency into one line on
// stderr and exit 1, instead of Node's stack. Errors other than a missing module are not caught.
"use strict";
const path = require("node:path");

module.exports = function loadBuilt(bin, file) {
  const target = path.join(__dirname, "..", "dist", file);
  try {
    return require(target);
  } catch (error) {
    if (error.code !== "MODULE_NOT_FOUND") throw error;
    const missing = /Cannot find module '([^']+)'/.exec(error.message)?.[1] ?? error.message;
    process.stderr.write(
      missing === target
        ? `${bin}: ${target} is missing; build it with \`npm run build\`\n`
        : `${bin}: cannot find module '${missing}' (required from ${error.requireStack?.[0] ?? target}); install the production dependencies (npm ci --omit=dev)\n`,
    );
    process.exit(1);
  }
};
