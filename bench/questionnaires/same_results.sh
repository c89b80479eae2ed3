#!/usr/bin/env bash
# Results byte for byte before and after a change of how they are computed (issue 10: the
# aggregates of migration 0030). Every campaign's results, for everyone and grouped by each of its
# single-choice items, as four demo accounts read them (results_snapshot.mjs), along two paths:
#   backfill: a database made by BEFORE_BIN (the demo; on SQLite also the benchmark's RESPONSES
#     generated responses, with the generator of BEFORE_REV), read by BEFORE_BIN, then by
#     AFTER_BIN once it has migrated it;
#   record: the demo made by AFTER_BIN (its answers stored through the public form's path), next
#     to the same demo made by BEFORE_BIN (the demo's answers are drawn with a fixed seed).
# Usage: BEFORE_BIN=/path/to/old/filet [AFTER_BIN=build/filet] bash same_results.sh sqlite|postgresql
# (postgresql: a throwaway server on PG_TEST_PORT, tests/postgres.sh). Exits 1 on any difference.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
engine=${1:?sqlite or postgresql}
BEFORE_BIN=${BEFORE_BIN:?the filet binary before the change}
AFTER_BIN=${AFTER_BIN:-./build/filet}
BEFORE_REV=${BEFORE_REV:-main}
PORT=${PORT:-18431}
export RESPONSES=${RESPONSES:-20000}
accounts=(gestion.mn@demo.filet gestion.sl@demo.filet coordination@demo.filet evaluation@demo.filet)
work=$(mktemp -d /tmp/filet-same-results.XXXXXX)
chmod 755 "$work"  # PostgreSQL runs as its own user
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  [ "$engine" = postgresql ] && stop_postgres
  rm -rf "$work"
}
trap cleanup EXIT

if [ "$engine" = postgresql ]; then
  source tests/postgres.sh
  start_postgres "$work/pg" "${PG_TEST_PORT:-45461}"
  url() { create_database "$1" && echo "postgresql://postgres@127.0.0.1:$PG_PORT/$1"; }
else
  url() { echo "sqlite:$work/$1.db"; }
fi

# Starts BIN on URL with the key KEY, writes the snapshot to OUT, stops it.
snapshot() {
  local bin=$1 db=$2 key=$3 out=$4
  "$bin" serve --db "$db" --key-file "$key" --listen "127.0.0.1:$PORT" >"$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
  node bench/questionnaires/results_snapshot.mjs "http://127.0.0.1:$PORT" "${accounts[@]}" >"$out"
  kill "$server" && wait "$server" 2>/dev/null || true
  server=""
}

same() {
  if cmp -s "$1" "$2"; then
    echo "same: $3 ($(grep -c ' by=' "$1") results)"
  else
    echo "DIFFERENT: $3" && diff "$1" "$2" | head -20 && exit 1
  fi
}

old=$(url before_db)
"$BEFORE_BIN" demo --db "$old" --key-file "$work/before.key" >/dev/null
if [ "$engine" = sqlite ]; then
  org=$(sqlite3 "${old#sqlite:}" "SELECT m.organization_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'gestion.mn@demo.filet'")
  git show "$BEFORE_REV:bench/questionnaires/generate.sh" | bash -s "$org" | sqlite3 "${old#sqlite:}"
fi
snapshot "$BEFORE_BIN" "$old" "$work/before.key" "$work/before.txt"
snapshot "$AFTER_BIN" "$old" "$work/before.key" "$work/backfill.txt"
same "$work/before.txt" "$work/backfill.txt" "$engine, before and after the migration"

new=$(url after_db)
"$AFTER_BIN" demo --db "$new" --key-file "$work/after.key" >/dev/null
snapshot "$AFTER_BIN" "$new" "$work/after.key" "$work/record.txt"
# The demo's campaigns only: the benchmark's is in the first database alone.
grep -v 'Banc d' "$work/before.txt" >"$work/before-demo.txt"
grep -v 'Banc d' "$work/record.txt" >"$work/record-demo.txt"
same "$work/before-demo.txt" "$work/record-demo.txt" "$engine, the demo's answers stored by each"
