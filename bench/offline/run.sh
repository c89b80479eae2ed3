#!/usr/bin/env bash
# Offline benchmark (issue 9): the time from the network's return to 500 entries recorded offline
# on a phone all stored. Starts build/filet on a fresh demo SQLite database (unless FILET_URL is
# set), then outbox.mjs drives Debian's Chromium through playwright-core. Figures only, never
# asserted. Needs `make build` (web/dist with its service worker) and tests/browser's node_modules.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
ENTRIES=${ENTRIES:-500}
if [ -z "${FILET_URL:-}" ]; then
  work=$(mktemp -d /tmp/filet-bench-offline.XXXXXX)
  port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  ./build/filet demo --db "sqlite:$work/offline.db" >"$work/demo.log" 2>&1
  ./build/filet serve --listen "127.0.0.1:$port" --db "sqlite:$work/offline.db" --web web/dist >"$work/server.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
  export FILET_URL="http://127.0.0.1:$port"
  for _ in $(seq 100); do curl -fs "$FILET_URL/healthz" >/dev/null && break; sleep 0.1; done
fi
ENTRIES=$ENTRIES node bench/offline/outbox.mjs
echo
ENTRIES=$ENTRIES node bench/offline/batch.mjs
