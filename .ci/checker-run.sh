#!/usr/bin/env bash
# CI: the contract checker against a freshly started reference server. Starts the server's bin
# itself (not through npm, whose process and exit code are npm's: see docs/packages.md, CI recipe) on a free port (--port 0, the URL read from its "listening" log line), with its admin listener and
# CORS on, waits for it, runs flexjob-contract-check with --junit, --admin-url (its own 403/409
# cases, and faults for the outcomes no healthy server gives) and --min-coverage 100 (every
# documented status and errorCode reached), stops the server, and fails when the server does not come up or any check fails. JUnit
# XML goes to $CHECKER_JUNIT (default: a file in $TMPDIR).
set -euo pipefail
cd "$(dirname "$0")/.."

junit="${CHECKER_JUNIT:-${TMPDIR:-/tmp}/flexjob-contract-check.junit.xml}"
log="$(mktemp)"

node bin/flexjob-reference-server.js --port 0 --admin-port 0 --cors '*' --host 127.0.0.1 --log-level info >"$log" 2>&1 &
server=$!

stop() {
  kill -TERM "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -f "$log"
}
trap stop EXIT

url=""
admin=""
for _ in $(seq 1 300); do
  url="$(grep -o '"url":"http[^"]*"' "$log" | head -n 1 | cut -d '"' -f 4 || true)"
  admin="$(grep -o '"adminUrl":"http[^"]*"' "$log" | head -n 1 | cut -d '"' -f 4 || true)"
  [ -n "$url" ] && break
  if ! kill -0 "$server" 2>/dev/null; then
    echo "checker-run: the reference server exited before listening:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.1
done
if [ -z "$url" ]; then
  echo "checker-run: the reference server was not listening after 30 s:" >&2
  cat "$log" >&2
  exit 1
fi

echo "checker-run: reference server listening at $url (admin $admin); JUnit report: $junit"
node bin/flexjob-contract-check.js --base-url "$url" --admin-url "$admin" --junit "$junit" --min-coverage 100
