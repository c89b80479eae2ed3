#!/usr/bin/env bash
# Questionnaire results benchmark (issue 10): RESPONSES (20,000) responses × 40 items, generated in
# SQL (bench/questionnaires/generate.sh) into a fresh SQLite demo database. Timed over HTTP with
# curl (RUNS requests each, after one warm-up): the full results (every item, every dimension's
# alpha) and the results grouped by one item; next to them, in the sqlite3 shell, the same
# aggregate in raw SQL over the answers (counts by GROUP BY, each response's dimension totals),
# and the statements the repository runs on the aggregates kept as responses come in (migration
# 0030: the floor). Then the CSV export of every answer (time, and the
# server's peak memory before and after: flat memory means the rows were streamed) and the XLSX
# export. Figures only, never asserted. Writes bench/results/questionnaires.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export RESPONSES=${RESPONSES:-20000}
RUNS=${RUNS:-10}
BIN=${BIN:-./build/filet}
for tool in sqlite3 curl; do command -v "$tool" >/dev/null || { echo "bench: $tool is missing (make setup)" >&2; exit 1; }; done
work=$(mktemp -d /tmp/filet-bench-questionnaires.XXXXXX)
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  [ "${KEEP_DIR:-0}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT
db="$work/bench.db"
campaign=bbbbbbbb-0000-4000-8000-0000000000c0
version=bbbbbbbb-0000-4000-8000-000000000001

"$BIN" demo --db "sqlite:$db" --key-file "$work/filet.key" >/dev/null
org=$(sqlite3 "$db" "SELECT m.organization_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'gestion.mn@demo.filet'")
start=$(date +%s.%N)
bash bench/questionnaires/generate.sh "$org" | sqlite3 "$db"
gen_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
answers=$(sqlite3 "$db" "SELECT COUNT(*) FROM survey_answers WHERE campaign_id = '$campaign'")
echo "$RESPONSES responses, $answers answers (generated in $gen_s s)"

# The same aggregate in raw SQL over the answers, literals in place of parameters (SQLite's
# dialect): what results_repository ran before the aggregates of migration 0030.
items=$(for i in $(seq 0 35); do printf "'q%d', " "$i"; done)"'groupe', 'milieu'"
counts="SELECT '', a.item_code, a.value, COUNT(*), SUM(CASE WHEN a.position = 0 THEN 1 ELSE 0 END) FROM survey_answers a WHERE a.campaign_id = '$campaign' AND a.item_code IN ($items) GROUP BY a.item_code, a.value;"
scores="WITH scores AS (SELECT o.item_code, o.code, o.score, i.section_code AS section FROM questionnaire_options o JOIN questionnaire_items i ON i.version_id = o.version_id AND i.code = o.item_code WHERE o.version_id = '$version' AND i.kind = 'likert' AND i.section_code <> '' AND o.score IS NOT NULL)"
dims="$scores SELECT '', s.section, COUNT(*), SUM(s.score), group_concat(a.item_code || '=' || s.score, ' ') FROM survey_answers a JOIN scores s ON s.item_code = a.item_code AND s.code = a.value WHERE a.campaign_id = '$campaign' GROUP BY a.response_id, s.section;"
g_tables="survey_answers g JOIN survey_answers a ON a.campaign_id = g.campaign_id AND a.response_id = g.response_id"
g_where="g.campaign_id = '$campaign' AND g.item_code = 'groupe' AND g.position = 0"
counts_by="SELECT g.value, a.item_code, a.value, COUNT(*), SUM(CASE WHEN a.position = 0 THEN 1 ELSE 0 END) FROM $g_tables WHERE $g_where AND a.item_code IN ($items) GROUP BY g.value, a.item_code, a.value;"
dims_by="$scores SELECT g.value, s.section, COUNT(*), SUM(s.score), group_concat(a.item_code || '=' || s.score, ' ') FROM $g_tables JOIN scores s ON s.item_code = a.item_code AND s.code = a.value WHERE $g_where GROUP BY g.value, a.response_id, s.section;"

# The statements results_repository runs today, on the aggregates kept as responses come in.
kept="SELECT by_value, item_code, value, answers, firsts FROM survey_value_counts WHERE campaign_id = '$campaign' AND item_code IN ($items)"
responses="SELECT COUNT(*) FROM survey_responses WHERE campaign_id = '$campaign';"
repo_all="$responses $kept AND by_item = '' ORDER BY by_value, item_code, value; SELECT '', a.section_code, a.total, a.scores FROM survey_response_dimensions a WHERE a.campaign_id = '$campaign';"
repo_by="$repo_all SELECT g.value, COUNT(*) FROM survey_answers g WHERE $g_where GROUP BY g.value; $kept AND by_item = 'groupe' ORDER BY by_value, item_code, value; SELECT g.value, a.section_code, a.total, a.scores FROM survey_answers g JOIN survey_response_dimensions a ON a.campaign_id = g.campaign_id AND a.response_id = g.response_id WHERE $g_where;"

source bench/lib.sh
raw_all=$(floor "$counts $dims")
raw_by=$(floor "$counts $dims $counts_by $dims_by")
floor_all=$(floor "$repo_all")
floor_by=$(floor "$repo_by")

start_filet
cookie=$(sign_in gestion.mn@demo.filet)
rss() { awk "/$1/ {printf \"%.0f\", \$2/1024}" "/proc/$server/status"; }
http_all=$(timed "$base/api/v1/survey-campaigns/$campaign/results" "$cookie")
http_by=$(timed "$base/api/v1/survey-campaigns/$campaign/results?by=groupe" "$cookie")
peak_before=$(rss VmHWM)
csv=$(curl -fs -o "$work/answers.csv" -w '%{time_total}' -H "Cookie: filet_session=$cookie" "$base/api/v1/survey-campaigns/$campaign/answers?format=csv")
peak_csv=$(rss VmHWM)
csv_bytes=$(stat -c %s "$work/answers.csv")
xlsx=$(curl -fs -o "$work/answers.xlsx" -w '%{time_total}' -H "Cookie: filet_session=$cookie" "$base/api/v1/survey-campaigns/$campaign/answers?format=xlsx")
peak_xlsx=$(rss VmHWM)
load_avg=$(cut -d' ' -f1-3 /proc/loadavg)

mkdir -p bench/results
{
  echo "# Questionnaire results: $RESPONSES responses × 40 items ($answers answers), SQLite"
  echo
  echo "$(date -u +%FT%TZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo ?), load $load_avg, generated in $gen_s s"
  echo
  echo "| request | HTTP p50 / max (ms, $RUNS runs) | the aggregate in raw SQL over the answers (ms) | p50 / raw SQL | the repository's statements in sqlite3 (ms) | p50 / those |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  for row in "full results (items, dimensions, alpha)|$http_all|$raw_all|$floor_all" "grouped by a single choice (3 groups)|$http_by|$raw_by|$floor_by"; do
    IFS='|' read -r what http raw sql <<<"$row"
    ratio_raw=$(awk -v h="${http%% *}" -v s="$raw" 'BEGIN { printf "%.2f", h / s }')
    ratio=$(awk -v h="${http%% *}" -v s="$sql" 'BEGIN { printf "%.2f", h / s }')
    echo "| $what | $http | $raw | ${ratio_raw}× | $sql | ${ratio}× |"
  done
  echo
  echo "| export | time | size | server peak RSS before → after |"
  echo "| --- | ---: | ---: | ---: |"
  echo "| answers CSV | $(awk -v t="$csv" 'BEGIN { printf "%.2f s", t }') | $((csv_bytes / 1024)) KiB | $peak_before → $peak_csv MiB |"
  echo "| answers XLSX | $(awk -v t="$xlsx" 'BEGIN { printf "%.2f s", t }') | $(( $(stat -c %s "$work/answers.xlsx") / 1024 )) KiB | $peak_csv → $peak_xlsx MiB |"
} | tee bench/results/questionnaires.md
