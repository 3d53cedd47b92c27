#!/usr/bin/env node
// The `prepare` script, run by `npm ci`, `npm install` and `npm pack`: builds dist/, from which
// `npm start` and the bin run the reference server as compiled JavaScript. Plain JavaScript, as under
// `npm ci --omit=dev` neither TypeScript nor tsx is installed: a tree whose dist/ is already built
// then keeps it, and one without dist/ fails with one line saying why.
"use strict";
const { existsSync } = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const built = path.join(root, "dist", "server", "main.js");

function resolvable(name) {
  try {
    require.resolve(name, { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

if (resolvable("typescript") && resolvable("tsx/cjs")) {
  require("tsx/cjs");
  process.exit(require("./build.ts").build());
} else if (existsSync(built)) {
  process.stdout.write(
    "prepare: TypeScript is not installed (dev dependencies omitted); keeping the dist/ already built\n",
  );
} else {
  process.stderr.write(
    "prepare: cannot build dist/: TypeScript is not installed (dev dependencies omitted); install them or copy in a built dist/\n",
  );
  process.exit(1);
}
