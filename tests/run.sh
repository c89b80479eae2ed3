#!/usr/bin/env bash
# Every test of Filet, as `make test` runs it: unit and repository tests (ctest, on SQLite and on
# a real PostgreSQL), command-line and lifecycle tests, the importers' fuzz targets, API tests
# against a SQLite-backed and a PostgreSQL-backed server, and browser tests in Debian's Chromium.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source tests/postgres.sh

# FILET_TEST_PORT_BASE moves every port, so that two runs can share a machine.
base=${FILET_TEST_PORT_BASE:-18080}
pg_port=$((base - 2648))
work=$(mktemp -d /tmp/filet-test.XXXXXX)
chmod 755 "$work"
# Where the test files share the demo admin's session and the last code step it used
# (tests/demo_totp.mjs): each run starts afresh.
export FILET_TEST_STATE="$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  stop_postgres
  rm -rf "$work"
}
trap cleanup EXIT

passed=0
failed=0
failures=()
# Runs a suite, echoes its output, and adds its pass/fail counts (node's "# pass N" lines, or
# ctest's "N tests failed out of M").
run_suite() {
  local name=$1
  shift
  echo "=== $name"
  local log="$work/$(echo "$name" | tr ' /' '__').log"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local p f
  if grep -q '^# pass' "$log"; then
    p=$(grep '^# pass' "$log" | tail -n 1 | awk '{print $3}')
    f=$(grep '^# fail' "$log" | tail -n 1 | awk '{print $3}')
  else
    local total
    total=$(grep -Eo 'tests failed out of [0-9]+' "$log" | tail -n 1 | awk '{print $5}')
    f=$(grep -Eo '[0-9]+ tests failed out of' "$log" | tail -n 1 | awk '{print $1}')
    p=$(( ${total:-0} - ${f:-0} ))
  fi
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  if [ "$status" -ne 0 ]; then
    failures+=("$name")
    [ "${f:-0}" -eq 0 ] && failed=$((failed + 1))
  fi
}

wait_healthy() {
  for _ in $(seq 1 200); do
    curl -fs "$1/healthz" >/dev/null 2>&1 && return 0
    sleep 0.05
  done
  echo "server at $1 did not become healthy" >&2
  return 1
}

start_filet() {  # start_filet NAME DB_URL PORT
  ./build/filet demo --db "$2" >"$work/$1-demo.log" 2>&1 || { cat "$work/$1-demo.log"; return 1; }
  ./build/filet serve --db "$2" --listen "127.0.0.1:$3" --web web/dist >"$work/$1-server.log" 2>&1 &
  pids+=($!)
  wait_healthy "http://127.0.0.1:$3"
}

# SQL only in repositories and db/ (with a self-test that a planted statement is caught).
run_suite "SQL placement" bash scripts/lint-sql-placement.sh --self-test

echo "=== PostgreSQL"
start_postgres "$work/pg" "$pg_port" || exit 1
create_database filet_unit && create_database filet_api || exit 1
pg_url="postgresql://postgres@127.0.0.1:$pg_port"

export FILET_TEST_PG="$pg_url/filet_unit"
run_suite "unit and repository tests (ctest)" bash -c "cd build && FILET_TEST_PG=$FILET_TEST_PG ctest --output-on-failure -j2"
export FILET_BIN="$root/build/filet" FILET_TEST_PG_SERVER="$pg_url"
run_suite "command line and lifecycle" node --test tests/cli/
# The importers under libFuzzer with AddressSanitizer and UBSan, FILET_FUZZ_SECONDS (30) each:
# a crash fails the run and names the input (fuzz/run.sh).
run_suite "importer fuzzing" bash fuzz/run.sh
# The web app's pure functions and texts (Vitest, TAP counted as node's "# pass/# fail" lines).
run_suite "web unit tests (vitest)" bash -c 'cd web && set -o pipefail && npx vitest run --reporter=tap-flat |
  awk "{ print } /^ok /{ p++ } /^not ok /{ f++ } END { print \"# pass \" p+0; print \"# fail \" f+0 }"'

start_filet sqlite "sqlite:$work/api.db" $base || exit 1
start_filet pg "$pg_url/filet_api" $((base + 1)) || exit 1
FILET_URL=http://127.0.0.1:$base run_suite "API on SQLite" node --test tests/api/
FILET_URL=http://127.0.0.1:$((base + 1)) run_suite "API on PostgreSQL" node --test tests/api/
# The API tests recorded families' identities: none may have reached a log line.
FILET_SERVER_LOGS="$work/sqlite-server.log $work/pg-server.log" run_suite "identities absent from the server logs" node --test tests/logs/
FILET_URL=http://127.0.0.1:$base run_suite "HSDS conformance on SQLite" node --test --test-concurrency=1 tests/hsds/
FILET_URL=http://127.0.0.1:$((base + 1)) run_suite "HSDS conformance on PostgreSQL" node --test --test-concurrency=1 tests/hsds/

start_filet browser "sqlite:$work/browser.db" $((base + 2)) || exit 1
FILET_URL=http://127.0.0.1:$((base + 2)) run_suite "browser (Chromium)" bash tests/browser/run.sh

echo
if [ ${#failures[@]} -gt 0 ]; then
  echo "Failed suites: ${failures[*]}"
  for name in sqlite pg browser; do
    [ -f "$work/$name-server.log" ] && grep -E ' (error|critical) ' "$work/$name-server.log" | tail -n 20
  done
fi
echo "$passed passed, $failed failed"
[ ${#failures[@]} -eq 0 ] && [ "$failed" -eq 0 ]
