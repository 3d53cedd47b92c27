#!/usr/bin/env node
// The `prepare` script, run by `npm ci` and `npm install`: builds dist/ and the packages under
// packages/, from which `npm start` and the bins run as compiled JavaScript. Plain JavaScript, as
// under `npm ci --omit=dev` neither TypeScript nor tsx is installed: a tree whose dist/ is already
// built then keeps it, and one without dist/ fails with one line saying why.
"use strict";
const { spawnSync } = require("node:child_process");
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

// npm links the workspaces' bins into node_modules/.bin before this script builds their targets,
// and skips the missing ones; `npm rebuild --ignore-scripts` links them once they exist.
function linkWorkspaceBins() {
  if (!process.env.npm_execpath) return 0;
  const names = ["flexjob-reference-server", "flexjob-contract-check"];
  const args = [process.env.npm_execpath, "rebuild", "--ignore-scripts", "--no-audit", "--no-fund", ...names];
  return spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"] }).status ?? 1;
}

if (resolvable("typescript") && resolvable("tsx/cjs")) {
  require("tsx/cjs");
  const built = require("./build.ts").build();
  process.exit(built === 0 ? linkWorkspaceBins() : built);
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
