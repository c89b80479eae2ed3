#!/usr/bin/env bash
# Instructions the server spends per request, counted by valgrind (callgrind): unlike requests/s,
# the same on a busy machine as on a quiet one, so two commits compare even while builds run.
#   bash bench/instructions.sh [FILET_BIN]     (N=300 requests, BENCH_PATH=/api/v1/organizations)
# Counts user-space instructions of the request threads only (not the kernel's sending): signs in
# as the demo coordinator, warms the caches with 20 requests, then counts N on one keep-alive
# connection.
set -euo pipefail
BIN="${1:-build/filet}"
PORT="${PORT:-18192}"
N="${N:-300}"
BENCH_PATH="${BENCH_PATH:-/api/v1/organizations}"
command -v valgrind >/dev/null || { echo "instructions: valgrind missing (make setup installs it)" >&2; exit 2; }
[[ -x "$BIN" ]] || { echo "instructions: $BIN not found: run 'make build' first" >&2; exit 2; }
DIR="$(mktemp -d "${TMPDIR:-/tmp}/filet-instr.XXXXXX")"
SERVER=""
cleanup() { [[ -n "$SERVER" ]] && kill -INT "$SERVER" 2>/dev/null; rm -rf "$DIR"; }
trap cleanup EXIT
"$BIN" demo --db "sqlite:$DIR/filet.db" >/dev/null 2>&1
valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$DIR/callgrind.out" \
  "$BIN" serve --threads 1 --db "sqlite:$DIR/filet.db" --listen "127.0.0.1:$PORT" --web web/dist >"$DIR/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.3; done
curl -sf -c "$DIR/cookies" -H 'Content-Type: application/json' \
  -d '{"email":"coordination@demo.filet","password":"filet-demo-2026"}' "http://127.0.0.1:$PORT/api/v1/session" >/dev/null
TOKEN="$(awk '$6 == "filet_session" {print $7}' "$DIR/cookies")"
urls=()
for _ in $(seq 1 "$N"); do urls+=("http://127.0.0.1:$PORT$BENCH_PATH"); done
curl -sf -H "Cookie: filet_session=$TOKEN" "${urls[@]:0:20}" >/dev/null
callgrind_control -i on "$SERVER" >/dev/null
curl -sf -H "Cookie: filet_session=$TOKEN" "${urls[@]}" >/dev/null
callgrind_control -i off "$SERVER" >/dev/null
kill -INT "$SERVER"
wait "$SERVER" || true
SERVER=""
TOTAL="$(grep -h '^totals:' "$DIR"/callgrind.out* | head -1 | awk '{print $2}')"
echo "instructions per request on $BENCH_PATH: $((TOTAL / N)) ($N requests, $BIN)"
