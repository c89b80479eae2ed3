#!/usr/bin/env bash
# Journal and families benchmark (issue 9): 1,000,000 outreach entries and 100,000 families (with
# their children, languages, factors, consents, contacts and check-ins) across 500 organizations,
# generated in SQL (bench/journal/generate.sh, fixed rules, the same rows on both engines) into a
# fresh demo database, on SQLite and on PostgreSQL. Two requests are timed over HTTP with wrk,
# each next to the same SQL in the engine's own shell (sqlite3, psql: the floor):
#   - the practitioner's "this week" list, as Ma journée asks it;
#   - the family list as the families page asks it (status + territory, page 1 of 25).
# The server's memory (RSS idle, peak) is read from /proc. Figures only, never asserted.
# Knobs: ENTRIES, ORGANIZATIONS, FAMILIES, CONTACTS (per family), ENGINES ("sqlite postgres"),
# SECONDS_PER_RUN (wrk's duration, 10). Writes bench/results/journal.md.
set -euo pipefail
[ "${TRACE:-0}" = 1 ] && set -x
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export ENTRIES=${ENTRIES:-1000000} ORGANIZATIONS=${ORGANIZATIONS:-500} FAMILIES=${FAMILIES:-100000} CONTACTS=${CONTACTS:-3}
ENGINES=${ENGINES:-sqlite postgres}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
BIN=${BIN:-./build/filet}
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
work=$(mktemp -d /tmp/filet-bench-journal.XXXXXX)
chmod 755 "$work"
server=""
source tests/postgres.sh
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  stop_postgres
  [ "${KEEP_DIR:-0}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT
for tool in wrk sqlite3 curl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (make setup)" >&2; exit 1; }
done
seconds_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
monday=$(date -u -d "$(date -u +%F) -$(( ($(date -u +%u) + 6) % 7 )) days" +%F)
today=$(date -u +%F)
rows=""

# One engine: $db_url for the server, q "SQL" for one answer, shell_file FILE to run a batch.
bench_engine() {
  local engine=$1
  echo "== $engine: demo, then $ENTRIES entries and $FAMILIES families across $ORGANIZATIONS organizations..."
  "$BIN" demo --db "$db_url" --key-file "$work/filet.key" >/dev/null
  local worker home start gen_s
  worker=$(q "SELECT id FROM users WHERE email = 'intervention.mn@demo.filet'")
  home=$(q "SELECT organization_id FROM memberships WHERE user_id = '$worker'")
  start=$(date +%s.%N)
  bash bench/journal/generate.sh "$engine" "$home" "$worker" >"$work/generate-$engine.sql"
  shell_file "$work/generate-$engine.sql" >/dev/null
  gen_s=$(seconds_since "$start")
  local total families week territory
  total=$(q "SELECT COUNT(*) FROM outreach_entries")
  families=$(q "SELECT COUNT(*) FROM families")
  week=$(q "SELECT COUNT(*) FROM outreach_entries WHERE worker_id = '$worker' AND entry_date >= '$monday'")
  # The home organization's territory with the most accompanied families: a full first page.
  territory=$(q "SELECT territory_id FROM families WHERE organization_id = '$home' AND status = 'accompanied' AND territory_id IS NOT NULL GROUP BY territory_id ORDER BY COUNT(*) DESC, territory_id LIMIT 1")
  echo "$total entries, $families families (generated in ${gen_s} s); this week's entries: $week"

  # The requests' SQL as the repositories write it for this practitioner (scope: the home
  # organization), literals in place of parameters.
  local week_where week_select week_sql fam_where fam_select fam_order fam_ids fam_sql
  week_where="WHERE (e.organization_id IN ('$home')) AND (e.entry_date >= '$monday') AND (e.worker_id = '$worker') AND (e.organization_id IN ('$home'))"
  week_select="SELECT e.id, e.organization_id, o.name, e.worker_id, u.name, e.entry_date, e.efficacy, e.note, e.created_at, e.updated_at, e.version, e.duration_minutes, e.territory_id, t.name, e.place, e.place_type, e.strategy, e.parents_reached, e.fathers_reached, e.children_seen, e.new_families FROM outreach_entries e JOIN organizations o ON o.id = e.organization_id JOIN users u ON u.id = e.worker_id LEFT JOIN territories t ON t.id = e.territory_id"
  week_sql="SELECT COUNT(*) FROM outreach_entries e $week_where; $week_select $week_where ORDER BY e.entry_date DESC, e.created_at DESC, e.id LIMIT 200 OFFSET 0;"
  fam_where="WHERE (f.organization_id IN ('$home')) AND (f.organization_id IN ('$home') OR EXISTS (SELECT 1 FROM family_consents k WHERE k.family_id = f.id AND k.purpose = 'evaluation_data' AND k.given_on <= '$today' AND (k.withdrawn_on IS NULL OR k.withdrawn_on > '$today'))) AND (f.status = 'accompanied') AND (f.territory_id = '$territory')"
  fam_select="SELECT f.id, f.organization_id, f.code, f.adults, f.single_parent, f.father_involved, f.territory_id, f.housing, f.arrival_year, f.immigration_status, f.outreach_strategy, f.status, f.closing_reason, f.worker_id, f.notes, f.created_at, f.updated_at, f.version, (SELECT MAX(fc.contact_date) FROM family_contacts fc WHERE fc.family_id = f.id), CASE WHEN EXISTS (SELECT 1 FROM family_identities fi WHERE fi.family_id = f.id) THEN 1 ELSE 0 END, f.closed_on FROM families f"
  fam_order="ORDER BY f.updated_at DESC, f.id LIMIT 25 OFFSET 0"
  fam_ids=$(q "SELECT id FROM families f $fam_where $fam_order" | sed "s/.*/'&'/" | paste -sd, -)
  fam_sql="SELECT COUNT(*) FROM families f $fam_where; $fam_select $fam_where $fam_order;
SELECT family_id, birth_year, birth_month FROM family_children WHERE family_id IN ($fam_ids) ORDER BY family_id, position;
SELECT family_id, language FROM family_languages WHERE family_id IN ($fam_ids) ORDER BY family_id, language;
SELECT family_id, factor FROM family_vulnerabilities WHERE family_id IN ($fam_ids) ORDER BY family_id, factor;"
  local fam_total
  fam_total=$(q "SELECT COUNT(*) FROM families f $fam_where")

  echo "the same SQL in the $engine shell (floor)..."
  local week_floor fam_floor week_plan fam_plan
  week_floor=$(floor "$week_sql")
  fam_floor=$(floor "$fam_sql")
  week_plan=$(plan "$week_select $week_where ORDER BY e.entry_date DESC, e.created_at DESC, e.id LIMIT 200")
  fam_plan=$(plan "$fam_select $fam_where $fam_order")
  # PostgreSQL plans every statement the server sends (no prepared statements): its own account
  # of planning and execution, for the count and the page, says which one costs.
  local week_explain="" fam_explain=""
  if [ "$shell_kind" = postgres ]; then
    week_explain=$(explained "SELECT COUNT(*) FROM outreach_entries e $week_where" "$week_select $week_where ORDER BY e.entry_date DESC, e.created_at DESC, e.id LIMIT 200")
    local lists
    mapfile -t lists < <(tail -n 3 <<<"$fam_sql" | sed 's/;$//')
    fam_explain=$(explained "SELECT COUNT(*) FROM families f $fam_where" "$fam_select $fam_where $fam_order")
    fam_explain+="; lists $(explained "${lists[@]}")"
  fi

  echo "over HTTP..."
  local port
  port=$(free_port)
  "$BIN" serve --db "$db_url" --key-file "$work/filet.key" --listen "127.0.0.1:$port" >"$work/server-$engine.log" 2>&1 &
  server=$!
  for _ in $(seq 1 200); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.05; done
  local cookie base week_url fam_url api_week api_fam idle peak
  base="http://127.0.0.1:$port"
  cookie=$(curl -s -D - -o /dev/null -H 'content-type: application/json' \
    -d '{"email":"intervention.mn@demo.filet","password":"filet-demo-2026"}' "$base/api/v1/session" |
    grep -i '^set-cookie' | sed 's/.*filet_session=\([^;]*\).*/\1/')
  week_url="$base/api/v1/journal/outreach?worker_id=$worker&from=$monday&per_page=200"
  fam_url="$base/api/v1/families?status=accompanied&territory_id=$territory&page=1&per_page=25"
  api_week=$(curl -fs -H "Cookie: filet_session=$cookie" "$week_url" | sed 's/.*"total":\([0-9]*\).*/\1/')
  api_fam=$(curl -fs -H "Cookie: filet_session=$cookie" "$fam_url" | sed 's/.*"total":\([0-9]*\).*/\1/')
  idle=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$server/status")
  local week_http fam_http
  week_http=$(load "$week_url")
  fam_http=$(load "$fam_url")
  peak=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$server/status")
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=""

  local load_avg
  load_avg=$(cut -d' ' -f1-3 /proc/loadavg)
  rows+="| $engine | \"this week\" ($week entries; API total $api_week) | $week_http | ${week_floor} ms | ${week_explain:-—} | ${week_plan:-?} | ${gen_s} s | ${idle} / ${peak} MiB | $load_avg |"$'\n'
  rows+="| $engine | families: accompanied + territory, page 1 of 25 ($fam_total; API total $api_fam) | $fam_http | ${fam_floor} ms | ${fam_explain:-—} | ${fam_plan:-?} | | | |"$'\n'
}

# wrk, one connection: "p50 / p99 ms (requests/s)".
load() {
  timeout $((SECONDS_PER_RUN + 50)) wrk -t1 -c1 -d"${SECONDS_PER_RUN}s" --latency -H "Cookie: filet_session=$cookie" "$1" >"$work/wrk.txt"
  local p50 p99 rps
  p50=$(awk '$1=="50%" {print $2}' "$work/wrk.txt")
  p99=$(awk '$1=="99%" {print $2}' "$work/wrk.txt")
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/wrk.txt")
  echo "$p50 / $p99 ($rps/s)"
}

# The shells' timers are coarse (sqlite3: whole milliseconds): the mean per request is the time of
# RUNS runs of the request's statements in one shell, minus the same shell with none.
RUNS=${RUNS:-1000}
floor() {
  local sql=$1
  batch() {
    { [ "$shell_kind" = sqlite ] && echo ".output /dev/null"; for _ in $(seq 1 "$1"); do echo "$sql"; done; } >"$work/batch-$1.sql"
    local t0 t1
    t0=$(date +%s.%N)
    shell_file "$work/batch-$1.sql" >/dev/null
    t1=$(date +%s.%N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }'
  }
  batch 50 >/dev/null  # warm the caches
  local empty full
  empty=$(batch 0)
  full=$(batch "$RUNS")
  awk -v e="$empty" -v f="$full" -v n="$RUNS" 'BEGIN { printf "%.3f", (f - e) * 1000 / n }'
}

# EXPLAIN ANALYZE of a request's statements, 30 times each: "plan P + run R ms" (means, summed).
explained() {
  { for _ in $(seq 30); do for statement in "$@"; do echo "EXPLAIN (ANALYZE, TIMING OFF) $statement;"; done; done; } >"$work/explain.sql"
  psql_ -f "$work/explain.sql" | awk '/Planning Time/ {p += $3} /Execution Time/ {e += $3} END {printf "plan %.2f + run %.2f ms", p / 30, e / 30}'
}

# The index the page starts from, as the engine's planner says.
plan() {
  if [ "$shell_kind" = sqlite ]; then
    sqlite3 "$db" "EXPLAIN QUERY PLAN $1" | { grep -oE 'SEARCH (e|f) USING [A-Z ]*INDEX [a-z_]*' || true; } | head -1 | sed 's/.*INDEX //'
  else
    psql_ -c "EXPLAIN $1" | { grep -oE 'Index (Only )?Scan (Backward )?using [a-z_]*|Bitmap Index Scan on [a-z_]*' || true; } | head -1 | sed 's/.* //'
  fi
}

if [[ " $ENGINES " == *" sqlite "* ]]; then
  db="$work/journal.db"
  db_url="sqlite:$db"
  shell_kind=sqlite
  q() { sqlite3 "$db" "$1"; }
  shell_file() { sqlite3 "$db" <"$1"; }
  bench_engine sqlite
fi

if [[ " $ENGINES " == *" postgres "* ]]; then
  pg_port=${PG_PORT:-$(free_port)}
  start_postgres "$work/pg" "$pg_port"
  create_database filet_bench
  db_url="postgresql://postgres@127.0.0.1:$pg_port/filet_bench"
  shell_kind=postgres
  psql_() { "$PG_BIN/psql" -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d filet_bench "$@"; }
  q() { psql_ -c "$1"; }
  shell_file() { psql_ -f "$1"; }
  bench_engine postgres
fi

report=$(cat <<EOT
# Journal and families benchmark

$(date -u '+%Y-%m-%d %H:%M UTC'), commit \`$(git rev-parse --short HEAD 2>/dev/null || echo '?')\`, $(nproc) cores (shared),
\`bash bench/journal/run.sh\`: $ENTRIES outreach entries and $FAMILIES families ($CONTACTS contacts each) across
$ORGANIZATIONS organizations, generated in SQL. HTTP: wrk, 1 connection, ${SECONDS_PER_RUN} s, signed in as the demo
practitioner; shell: the same statements, mean of $RUNS runs in one shell.

| engine | request | HTTP p50 / p99 (req/s) | shell mean | EXPLAIN ANALYZE (count + page) | index | generation | server RSS idle / peak | load (1, 5, 15 min) |
| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | --- |
$rows
EOT
)
echo
echo "$report"
mkdir -p bench/results
echo "$report" >bench/results/journal.md
