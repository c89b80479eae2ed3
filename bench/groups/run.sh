#!/usr/bin/env bash
# Groups (issue 11): GROUP_COUNT (5,000) groups, their sessions (10 each: 50,000) and attendance (every
# participant at every session: 500,000 rows), generated in SQL (bench/groups/generate.sh) into a
# fresh SQLite demo database. Over HTTP with wrk (p99), as the demo manager who plans them: a
# group's page (its record, participants, sessions and report: the four calls the page makes) and
# the attendance report of a program of 500 groups (the groups' activity per fiscal year); next to
# each, the repository's statements in the sqlite3 shell (the floor). Figures only, never asserted.
# Writes bench/results/groups.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export GROUP_COUNT=${GROUP_COUNT:-5000}
RUNS=${RUNS:-10}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
BIN=${BIN:-./build/filet}
for tool in sqlite3 curl wrk; do command -v "$tool" >/dev/null || { echo "bench: $tool is missing (make setup)" >&2; exit 1; }; done
work=$(mktemp -d /tmp/filet-bench-groups.XXXXXX)
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  [ "${KEEP_DIR:-0}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT
db="$work/bench.db"

"$BIN" demo --db "sqlite:$db" --key-file "$work/filet.key" >/dev/null
home=$(sqlite3 "$db" "SELECT m.organization_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'gestion.mn@demo.filet'")
facilitator=$(sqlite3 "$db" "SELECT id FROM users WHERE email = 'animation@demo.filet'")
start=$(date +%s.%N)
bash bench/groups/generate.sh "$home" "$facilitator" | sqlite3 "$db"
gen_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
counts=$(sqlite3 "$db" "SELECT (SELECT COUNT(*) FROM work_groups) || ' groups, ' || (SELECT COUNT(*) FROM group_sessions) || ' sessions, ' || (SELECT COUNT(*) FROM group_attendance) || ' attendance rows'")
echo "$counts (generated in $gen_s s)"

group=bb000000-0000-4000-8000-000000000000
program=ba000000-0000-4000-8000-000000000000
today=$(date -u +%F)
# The manager's reach: the groups of their organization, or those they facilitate.
reach="(g.organization_id IN ('$home') OR EXISTS (SELECT 1 FROM group_facilitators gf WHERE gf.group_id = g.id AND gf.user_id = ''))"
group_select="SELECT g.id, g.organization_id, g.program_id, g.name, g.kind, g.cohort, g.territory_id, g.starts_on, g.ends_on, g.created_at, g.updated_at, g.version FROM work_groups g WHERE g.id = '$group' AND $reach; SELECT group_id, user_id FROM group_facilitators WHERE group_id IN ('$group') ORDER BY user_id; SELECT group_id, organization_id FROM group_hosts WHERE group_id IN ('$group') ORDER BY organization_id;"
participants="SELECT p.id, p.group_id, p.kind, p.label, p.organization_id, p.status, p.shares_contact, p.email, p.phone, p.created_at, p.updated_at, p.version FROM group_participants p JOIN work_groups g ON g.id = p.group_id WHERE p.group_id = '$group' ORDER BY p.label, p.id"
sessions="SELECT s.id, s.group_id, s.number, s.held_on, s.place, s.theme, s.host_organization_id, s.children_in_care, s.interpreters, s.delivered_items, s.attendance_taken, s.created_at, s.updated_at, s.version FROM group_sessions s JOIN work_groups g ON g.id = s.group_id WHERE s.group_id = '$group' ORDER BY s.number"
presences="SELECT a.session_id, a.participant_id, a.status FROM group_attendance a JOIN group_sessions s ON s.id = a.session_id WHERE s.group_id = '$group' ORDER BY a.session_id, a.participant_id"
checklist="SELECT p.id, p.organization_id, p.name, p.description, p.checklist, p.created_at, p.updated_at, p.version FROM group_programs p WHERE p.id = '$program'; SELECT program_id, number, theme, description, duration_minutes, objectives, checklist FROM group_program_sessions WHERE program_id IN ('$program') ORDER BY program_id, number; SELECT m.id, m.program_id, m.session_number, m.file_id, f.name, f.content_type, f.size_bytes, m.created_at FROM group_program_materials m JOIN stored_files f ON f.id = m.file_id WHERE m.program_id IN ('$program') ORDER BY m.session_number, m.created_at, m.id"
# The page: the group (twice: its record, and the report reads it again), its participants and
# sessions (twice: the lists and the report), the attendance and the program with its sessions
# and materials (the checklists).
page_sql="$group_select $participants; $sessions; $group_select $participants; $sessions; $presences; $checklist;"
fiscal="(CAST((CAST(substr(s.held_on, 1, 4) AS INTEGER) - CASE WHEN CAST(substr(s.held_on, 6, 2) AS INTEGER) < 4 THEN 1 ELSE 0 END) AS TEXT) || '-' || CAST((CAST(substr(s.held_on, 1, 4) AS INTEGER) - CASE WHEN CAST(substr(s.held_on, 6, 2) AS INTEGER) < 4 THEN 1 ELSE 0 END) + 1 AS TEXT))"
held="WHERE $reach AND s.held_on <= '$today' AND g.program_id = '$program'"
activity_sql="SELECT $fiscal, g.kind, COUNT(DISTINCT g.id), COUNT(*), SUM(CASE WHEN m.duration_minutes IS NULL THEN 1 ELSE 0 END), COALESCE(SUM(m.duration_minutes), 0), COALESCE(SUM(d.n), 0) FROM group_sessions s JOIN work_groups g ON g.id = s.group_id LEFT JOIN group_session_minutes m ON m.session_id = s.id LEFT JOIN (SELECT session_id, COUNT(*) AS n FROM group_decisions GROUP BY session_id) d ON d.session_id = s.id $held GROUP BY 1, 2; SELECT $fiscal, g.kind, COUNT(*), COUNT(DISTINCT a.participant_id), COUNT(DISTINCT CASE WHEN p.kind = 'parent' THEN a.participant_id END), COUNT(DISTINCT p.organization_id), COALESCE(SUM(m.duration_minutes), 0) FROM group_attendance a JOIN group_sessions s ON s.id = a.session_id JOIN work_groups g ON g.id = s.group_id JOIN group_participants p ON p.id = a.participant_id LEFT JOIN group_session_minutes m ON m.session_id = s.id $held AND a.status = 'present' GROUP BY 1, 2;"

source bench/lib.sh
floor_page=$(floor "$page_sql")
floor_activity=$(floor "$activity_sql")

start_filet
manager=$(sign_in gestion.mn@demo.filet)

# The page's four calls, one after another per request (wrk's script cycles through them).
cat >"$work/page.lua" <<LUA
local paths = { "/api/v1/groups/$group", "/api/v1/group-participants?group_id=$group&per_page=200",
  "/api/v1/group-sessions?group_id=$group&per_page=200", "/api/v1/groups/$group/report" }
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n - 1) % #paths + 1], { Cookie = "filet_session=$manager" })
end
LUA
wrk -t2 -c4 -d"${SECONDS_PER_RUN}s" --latency -s "$work/page.lua" "$base" >"$work/page.txt"
activity_url="$base/api/v1/group-reports/activity?program_id=$program"
wrk -t2 -c4 -d"${SECONDS_PER_RUN}s" --latency -H "Cookie: filet_session=$manager" "$activity_url" >"$work/activity.txt"
pick() { awk "/^ +$2%/ { print \$2 }" "$1"; }
rps() { awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$1"; }
page_calls=$(pick "$work/page.txt" 99)
# The page as a browser loads it: its four calls on one connection, summed, RUNS times.
page_urls=("$base/api/v1/groups/$group" "$base/api/v1/group-participants?group_id=$group&per_page=200"
  "$base/api/v1/group-sessions?group_id=$group&per_page=200" "$base/api/v1/groups/$group/report")
curl -fs -o /dev/null -H "Cookie: filet_session=$manager" "${page_urls[@]}"
http_page=$(for _ in $(seq 1 "$RUNS"); do
  curl -fs -H "Cookie: filet_session=$manager" -w '%{time_total}\n' -o /dev/null -o /dev/null -o /dev/null -o /dev/null "${page_urls[@]}" |
    awk '{ t += $1 } END { print t }'
done | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%.0f / %.0f", t[int((NR + 1) / 2)], t[NR] }')
http_activity=$(timed "$activity_url" "$manager")
rows=$(curl -fs -H "Cookie: filet_session=$manager" "$activity_url" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const a=JSON.parse(s);console.log(a.rows.reduce((n,r)=>n+r.attendances,0)+' attendances in '+a.rows.length+' rows')})")
load_avg=$(cut -d' ' -f1-3 /proc/loadavg)

mkdir -p bench/results
{
  echo "# Groups: $counts, SQLite"
  echo
  echo "$(date -u +%FT%TZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo ?), load $load_avg, generated in $gen_s s"
  echo
  echo "| request | HTTP, wrk -t2 -c4 | curl p50 / max ms ($RUNS runs) | equivalent SQL in sqlite3 (mean ms) |"
  echo "| --- | ---: | ---: | ---: |"
  echo "| a group's page: its 4 calls in turn (10 participants, 10 sessions, 100 attendance rows) | p50 $(pick "$work/page.txt" 50), p99 $page_calls, $(rps "$work/page.txt") req/s | whole page: $http_page | whole page: $floor_page |"
  echo "| a program's attendance per fiscal year ($((GROUP_COUNT / 10)) groups; $rows) | p50 $(pick "$work/activity.txt" 50), p99 $(pick "$work/activity.txt" 99), $(rps "$work/activity.txt") req/s | $http_activity | $floor_activity |"
} | tee bench/results/groups.md
