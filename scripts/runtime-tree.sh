#!/bin/sh
# Usage: sh scripts/runtime-tree.sh SRC DEST
# The reference server's production tree, from a checkout SRC whose build is done (`npm run
# build`): copies the manifests, the lockfile and what the server runs (dist/, bin/, the spec, the
# sandbox cases) to DEST and installs the production dependencies only. The Dockerfile's runtime
# stage is this tree; test/e2e/production-start.test.ts runs the same script outside Docker.
set -eu
src="$1"
dest="$2"
mkdir -p "$dest"
cd "$src"
for file in package.json package-lock.json LICENSE packages/*/package.json scripts/prepare.js \
  bin dist spec/flexjob.yaml spec/admin.yaml server/sandbox/cases; do
  mkdir -p "$dest/$(dirname "$file")"
  cp -R "$file" "$dest/$file"
done
cd "$dest"
# The prepare script finds no TypeScript here and keeps the dist/ copied above. Optional packages
# are left out too: the only ones are msw and what it needs, an optional peer of flexjob-contract's
# MSW handlers that the lockfile holds because the workspace root develops with it.
npm ci --omit=dev --omit=optional --no-audit --no-fund
