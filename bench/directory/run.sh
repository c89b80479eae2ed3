#!/usr/bin/env bash
# Directory benchmark: a generated HSDS package of 100,000 services (20,000 organizations,
# 150,000 locations) is imported into a fresh SQLite demo database; then a two-word French
# search with a territory filter is timed in-process, over HTTP, and as the same SQL alone in
# the sqlite3 shell (the floor). Prints a markdown table and writes bench/results/directory.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
SERVICES=${SERVICES:-100000}
ORGANIZATIONS=${ORGANIZATIONS:-20000}
LOCATIONS=${LOCATIONS:-150000}
QUERY=${QUERY:-aide alimentaire}
PORT=${PORT:-18190}
work=$(mktemp -d /tmp/filet-bench-directory.XXXXXX)
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  [ "${KEEP_DIR:-0}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT
for tool in wrk sqlite3 curl /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (make setup)" >&2; exit 1; }
done

echo "generating $SERVICES services..."
node bench/directory/generate.mjs "$work/package" --services "$SERVICES" --organizations "$ORGANIZATIONS" \
  --locations "$LOCATIONS" | tail -n 1
db="$work/directory.db"
./build/filet demo --db "sqlite:$db" >/dev/null
echo "importing..."
/usr/bin/time -v ./build/filet hsds import "$work/package" --db "sqlite:$db" >"$work/import.out" 2>"$work/import.time"
cat "$work/import.out"
import_s=$(grep 'Elapsed (wall clock)' "$work/import.time" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
import_mb=$(grep 'Maximum resident' "$work/import.time" | awk '{printf "%.0f", $NF/1024}')
territory=$(sqlite3 "$db" "SELECT id FROM territories WHERE name = 'Montréal-Nord'")

echo "in-process search..."
inproc=$(./build/filet_search_latency "sqlite:$db" "$QUERY" "$territory" 2000)
echo "$inproc"
matches=$(echo "$inproc" | sed 's/.*matches=\([0-9]*\).*/\1/')
in_p50=$(echo "$inproc" | sed 's/.*p50_ms=\([0-9.]*\).*/\1/')
in_p99=$(echo "$inproc" | sed 's/.*p99_ms=\([0-9.]*\).*/\1/')

echo "the same SQL in the sqlite3 shell (floor)..."
token="zzter$(echo "$territory" | tr -d -)"
match="search_text : (\"aide\"* \"alimentaire\"*) AND filter_text : (\"$token\")"
sql="SELECT s.id, ((CASE WHEN s.name_key LIKE '%aide%' ESCAPE '\\' THEN 4 ELSE 0 END) + (CASE WHEN s.needs_key LIKE '%aide%' ESCAPE '\\' THEN 2 ELSE 0 END) + 1 + (CASE WHEN s.name_key LIKE '%alimentaire%' ESCAPE '\\' THEN 4 ELSE 0 END) + (CASE WHEN s.needs_key LIKE '%alimentaire%' ESCAPE '\\' THEN 2 ELSE 0 END) + 1) AS score, 0 AS distance, s.latitude, s.longitude, COUNT(*) OVER () AS total FROM services s WHERE (s.status = 'active') AND (s.fts_rowid IN (SELECT rowid FROM services_fts WHERE services_fts MATCH '$match')) ORDER BY score DESC, s.name_key, s.id LIMIT 25 OFFSET 0;"
{
  echo "PRAGMA mmap_size=2147418112;"
  echo ".output /dev/null"
  for _ in $(seq 1 50); do echo "$sql"; done
  echo ".timer on"
  for _ in $(seq 1 1000); do echo "$sql"; done
} | sqlite3 "$db" 2>&1 | grep '^Run Time' | awk '{print $4 * 1000}' | sort -n >"$work/floor.txt"
floor_p50=$(awk '{a[NR]=$1} END {print a[int(NR*0.50)]}' "$work/floor.txt")
floor_p99=$(awk '{a[NR]=$1} END {print a[int(NR*0.99)]}' "$work/floor.txt")

echo "over HTTP..."
./build/filet serve --db "sqlite:$db" --listen "127.0.0.1:$PORT" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 200); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.05; done
cookie=$(curl -s -D - -o /dev/null -H 'content-type: application/json' \
  -d '{"email":"coordination@demo.filet","password":"filet-demo-2026"}' "http://127.0.0.1:$PORT/api/v1/session" |
  grep -i '^set-cookie' | sed 's/.*filet_session=\([^;]*\).*/\1/')
url="http://127.0.0.1:$PORT/api/v1/directory/search?q=aide%20alimentaire&territory_id=$territory"
curl -fs -H "Cookie: filet_session=$cookie" "$url" >/dev/null
timeout 60 wrk -t1 -c1 -d10s --latency -H "Cookie: filet_session=$cookie" "$url" >"$work/wrk.txt"
http_p50=$(awk '$1=="50%" {print $2}' "$work/wrk.txt")
http_p99=$(awk '$1=="99%" {print $2}' "$work/wrk.txt")
http_rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$server/status")
hwm=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$server/status")

ratio=$(awk -v a="$in_p99" -v b="$floor_p99" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
report=$(cat <<EOT
# Directory benchmark

$(date -u '+%Y-%m-%d %H:%M UTC'), commit \`$(git rev-parse --short HEAD 2>/dev/null || echo '?')\`, $(nproc) cores.
Package: $SERVICES services, $ORGANIZATIONS organizations, $LOCATIONS locations (bench/directory/generate.mjs),
imported into a SQLite demo database. Query: "$QUERY" + territory Montréal-Nord ($matches matches).

| measure | value |
| --- | ---: |
| import time (\`filet hsds import\`) | ${import_s} s |
| import peak memory (max RSS) | ${import_mb} MiB |
| search in-process p50 / p99 | ${in_p50} / ${in_p99} ms |
| same SQL in the sqlite3 shell (floor) p50 / p99 | ${floor_p50} / ${floor_p99} ms |
| in-process p99 / floor p99 | ${ratio} |
| search over HTTP (wrk, 1 connection) p50 / p99 | ${http_p50} / ${http_p99} |
| search over HTTP requests/s (1 connection) | ${http_rps} |
| server memory after the load (RSS / peak) | ${rss} / ${hwm} MiB |
EOT
)
echo
echo "$report"
mkdir -p bench/results
echo "$report" >bench/results/directory.md
