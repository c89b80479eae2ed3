#!/usr/bin/env bash
# Browser tests of the web app (Debian Chromium + playwright-core + axe-core, node --test).
# With FILET_URL set, they run against that server. Without it, this starts build/filet on a
# fresh demo SQLite database on a free loopback port, runs the tests, and stops the server.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

if [ ! -d "$here/node_modules/playwright-core" ] || [ ! -d "$here/node_modules/axe-core" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium missing: apt-get install -y chromium" >&2
  exit 1
fi

if [ -z "${FILET_URL:-}" ]; then
  bin="$root/build/filet"
  [ -x "$bin" ] || { echo "build/filet missing: run 'make build' first" >&2; exit 1; }
  [ -f "$root/web/dist/index.html" ] || { echo "web/dist missing: cd web && npm ci && npm run build" >&2; exit 1; }
  tmp=$(mktemp -d)
  port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  "$bin" demo --db "sqlite:$tmp/web.db" >"$tmp/demo.log" 2>&1 || { cat "$tmp/demo.log" >&2; exit 1; }
  "$bin" serve --listen "127.0.0.1:$port" --db "sqlite:$tmp/web.db" --web "$root/web/dist" >"$tmp/server.log" 2>&1 &
  pid=$!
  cleanup() {
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -rf "$tmp"
  }
  trap cleanup EXIT
  export FILET_URL="http://127.0.0.1:$port"
  node -e "
    const url = process.env.FILET_URL + '/healthz';
    (async () => {
      for (let i = 0; i < 100; i++) {
        try { if ((await fetch(url)).ok) return; } catch {}
        await new Promise((r) => setTimeout(r, 100));
      }
      console.error('server did not start'); process.exit(1);
    })();" || { tail -n 50 "$tmp/server.log" >&2; exit 1; }
fi

cd "$here"
# Files run in name order: the read-mostly files first, those that write (administration,
# directory) last.
node --test --test-concurrency=1 ./*.test.mjs
