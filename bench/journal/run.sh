#!/usr/bin/env bash
# Journal benchmark: 1,000,000 outreach entries across 500 organizations (one outreach worker
# each, 2,000 entries a year per organization) generated in SQL into a fresh SQLite demo
# database; then the practitioner's "this week" list (GET /api/v1/journal/outreach?worker_id=me
# &from=<Monday>) is timed over HTTP, next to the same SQL in the sqlite3 shell (the floor).
# Figures only, never asserted. Prints a markdown table and writes bench/results/journal.md.
set -euo pipefail
[ "${TRACE:-0}" = 1 ] && set -x
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
ENTRIES=${ENTRIES:-1000000}
ORGANIZATIONS=${ORGANIZATIONS:-500}
PORT=${PORT:-$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}
work=$(mktemp -d /tmp/filet-bench-journal.XXXXXX)
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  [ "${KEEP_DIR:-0}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT
for tool in wrk sqlite3 curl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (make setup)" >&2; exit 1; }
done

db="$work/journal.db"
./build/filet demo --db "sqlite:$db" >/dev/null
worker=$(sqlite3 "$db" "SELECT id FROM users WHERE email = 'intervention.mn@demo.filet'")
home=$(sqlite3 "$db" "SELECT organization_id FROM memberships WHERE user_id = '$worker'")
echo "generating $ENTRIES entries across $ORGANIZATIONS organizations..."
start=$(date +%s.%N)
# Organization 0 is the demo practitioner's (Maison de la famille de Montréal-Nord); the others and
# their workers are made here. Entry i belongs to organization i % N, dated (i * 7) % 365 days ago.
sqlite3 "$db" <<SQL
PRAGMA journal_mode = WAL;
BEGIN;
DELETE FROM outreach_entries;
CREATE TEMP TABLE bench_teams (n INTEGER PRIMARY KEY, organization_id TEXT, worker_id TEXT);
INSERT INTO bench_teams VALUES (0, '$home', '$worker');
WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < $ORGANIZATIONS - 1)
INSERT INTO bench_teams SELECT n, printf('00000000-0000-4000-8000-%012d', n), printf('00000000-0000-4000-9000-%012d', n) FROM k;
INSERT INTO organizations (id, name, search_key, sector, active, created_at, updated_at)
  SELECT organization_id, 'Organisme banc ' || n, 'organisme banc ' || n, 'community_family', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
  FROM bench_teams WHERE n > 0;
INSERT INTO users (id, email, name, search_key, password_hash, created_at, updated_at)
  SELECT t.worker_id, 'ptp.banc' || t.n || '@bench.filet', 'PTP ' || t.n, 'ptp ' || t.n, u.password_hash, u.created_at, u.updated_at
  FROM bench_teams t, users u WHERE t.n > 0 AND u.id = '$worker';
INSERT INTO memberships (user_id, organization_id, role) SELECT worker_id, organization_id, 'practitioner' FROM bench_teams WHERE n > 0;
WITH RECURSIVE e(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM e WHERE i < $ENTRIES - 1)
INSERT INTO outreach_entries (id, organization_id, worker_id, entry_date, duration_minutes, place, search_key, place_type,
    strategy, parents_reached, fathers_reached, children_seen, new_families, efficacy, note, created_at, updated_at)
  SELECT printf('%08x-0000-4000-a000-%012x', i / 1000000, i), t.organization_id, t.worker_id,
         date('now', '-' || ((i * 7) % 365) || ' days'), 60, 'Parc ' || (i % 97), 'parc ' || (i % 97), 'park',
         'parks', i % 7, (i % 7) / 3, i % 5, i % 2, 1 + i % 4, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
  FROM e JOIN bench_teams t ON t.n = e.i % $ORGANIZATIONS;
COMMIT;
ANALYZE;
SQL
gen_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
total=$(sqlite3 "$db" "SELECT COUNT(*) FROM outreach_entries")
monday=$(date -d "$(date +%F) -$(( ($(date +%u) + 6) % 7 )) days" +%F)
week=$(sqlite3 "$db" "SELECT COUNT(*) FROM outreach_entries WHERE worker_id = '$worker' AND entry_date >= '$monday'")
echo "$total entries; this week's for the practitioner: $week"

echo "the same SQL in the sqlite3 shell (floor)..."
where="WHERE (e.organization_id IN ('$home')) AND (e.entry_date >= '$monday') AND (e.worker_id = '$worker') AND (e.organization_id IN ('$home'))"
select="SELECT e.id, e.organization_id, o.name, e.worker_id, u.name, e.entry_date, e.efficacy, e.note, e.created_at, e.updated_at, e.version, e.duration_minutes, e.territory_id, t.name, e.place, e.place_type, e.strategy, e.parents_reached, e.fathers_reached, e.children_seen, e.new_families FROM outreach_entries e JOIN organizations o ON o.id = e.organization_id JOIN users u ON u.id = e.worker_id LEFT JOIN territories t ON t.id = e.territory_id"
sql="SELECT COUNT(*) FROM outreach_entries e $where; $select $where ORDER BY e.entry_date DESC, e.created_at DESC, e.id LIMIT 200 OFFSET 0;"
# sqlite3's timer counts whole milliseconds: time 2,000 runs of the request's two statements in one
# shell instead, minus the same shell with none, for the mean per request.
runs=2000
batch() {
  { echo ".output /dev/null"; for _ in $(seq 1 "$1"); do echo "$sql"; done; } >"$work/batch-$1.sql"
  local t0 t1
  t0=$(date +%s.%N)
  sqlite3 "$db" <"$work/batch-$1.sql" >/dev/null
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }'
}
batch 50 >/dev/null  # warm the page cache
empty=$(batch 0)
full=$(batch "$runs")
floor_mean=$(awk -v e="$empty" -v f="$full" -v n="$runs" 'BEGIN { printf "%.3f", (f - e) * 1000 / n }')
plan=$(sqlite3 "$db" "EXPLAIN QUERY PLAN $select $where ORDER BY e.entry_date DESC, e.created_at DESC, e.id LIMIT 200" | grep -o 'SEARCH e USING [A-Z ]*INDEX [a-z_]*' | head -1)

echo "over HTTP..."
./build/filet serve --db "sqlite:$db" --listen "127.0.0.1:$PORT" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 200); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.05; done
cookie=$(curl -s -D - -o /dev/null -H 'content-type: application/json' \
  -d '{"email":"intervention.mn@demo.filet","password":"filet-demo-2026"}' "http://127.0.0.1:$PORT/api/v1/session" |
  grep -i '^set-cookie' | sed 's/.*filet_session=\([^;]*\).*/\1/')
url="http://127.0.0.1:$PORT/api/v1/journal/outreach?worker_id=$worker&from=$monday&per_page=200"
items=$(curl -fs -H "Cookie: filet_session=$cookie" "$url" | sed 's/.*"total":\([0-9]*\).*/\1/')
timeout 60 wrk -t1 -c1 -d10s --latency -H "Cookie: filet_session=$cookie" "$url" >"$work/wrk.txt"
http_p50=$(awk '$1=="50%" {print $2}' "$work/wrk.txt")
http_p99=$(awk '$1=="99%" {print $2}' "$work/wrk.txt")
http_rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$server/status")

report=$(cat <<EOT
# Journal benchmark

$(date -u '+%Y-%m-%d %H:%M UTC'), commit \`$(git rev-parse --short HEAD 2>/dev/null || echo '?')\`, $(nproc) cores (shared).
$total outreach entries across $ORGANIZATIONS organizations (generated in SQL, bench/journal/run.sh) in a SQLite
demo database. Query: the practitioner's "this week" list ($week entries since $monday; the API answered total=$items).

| measure | value |
| --- | ---: |
| generation (SQL, one transaction, ANALYZE) | ${gen_s} s |
| "this week" over HTTP (wrk, 1 connection) p50 / p99 | ${http_p50} / ${http_p99} |
| requests/s (1 connection) | ${http_rps} |
| same SQL in the sqlite3 shell (count + page), mean of $runs | ${floor_mean} ms |
| index the page uses | ${plan:-?} |
| server memory after the load (RSS) | ${rss} MiB |
EOT
)
echo
echo "$report"
mkdir -p bench/results
echo "$report" >bench/results/journal.md
