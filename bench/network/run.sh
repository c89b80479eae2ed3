#!/usr/bin/env bash
# Referrals, service gaps and the network map (issue 12): REFERRALS (200,000) referrals among
# ORGANIZATIONS (2,000) organizations of FAMILIES (50,000) families, GAPS (50,000) service gaps and
# CONTACTS_BETWEEN (20,000) networking entries, generated in SQL (bench/journal/generate.sh for the
# organizations and families, bench/network/generate.sh for the rest) into a fresh SQLite demo
# database. Over HTTP: the receiving inbox of Maison de la famille de Montréal-Nord (one family in
# 40 is referred there) with wrk (p99), the gap register for every territory and the map data of
# a territory of 300 organizations (curl, RUNS runs), both as the regional coordinator reads them;
# next to each, statements equivalent to the repository's in the sqlite3 shell (the floor; the
# scope's list of organizations written as a subquery). Figures only, never asserted.
# Writes bench/results/network.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export ORGANIZATIONS=${ORGANIZATIONS:-2000} FAMILIES=${FAMILIES:-50000} REFERRALS=${REFERRALS:-200000}
export GAPS=${GAPS:-50000} CONTACTS_BETWEEN=${CONTACTS_BETWEEN:-20000}
RUNS=${RUNS:-10}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
BIN=${BIN:-./build/filet}
for tool in sqlite3 curl wrk; do command -v "$tool" >/dev/null || { echo "bench: $tool is missing (make setup)" >&2; exit 1; }; done
work=$(mktemp -d /tmp/filet-bench-network.XXXXXX)
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  [ "${KEEP_DIR:-0}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT
db="$work/bench.db"
territory=b7000000-0000-4000-8000-000000000001

"$BIN" demo --db "sqlite:$db" --key-file "$work/filet.key" >/dev/null
home=$(sqlite3 "$db" "SELECT m.organization_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'gestion.mn@demo.filet'")
worker=$(sqlite3 "$db" "SELECT id FROM users WHERE email = 'intervention.mn@demo.filet'")
start=$(date +%s.%N)
{ ENTRIES=1 CONTACTS=1 bash bench/journal/generate.sh sqlite "$home" "$worker"; bash bench/network/generate.sh; } | sqlite3 "$db"
gen_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
counts=$(sqlite3 "$db" "SELECT (SELECT COUNT(*) FROM referrals) || ' referrals, ' || (SELECT COUNT(*) FROM service_gaps) || ' gaps, ' || (SELECT COUNT(*) FROM organizations) || ' organizations, ' || (SELECT COUNT(*) FROM organization_territories WHERE territory_id = '$territory') || ' in the territory'")
received=$(sqlite3 "$db" "SELECT COUNT(*) FROM referrals WHERE to_organization_id = '$home' AND sent_at IS NOT NULL")
echo "$counts; $received sent to the inbox's organization (generated in $gen_s s)"

today=$(date -u +%F)
coordinated="(SELECT po.organization_id FROM program_organizations po JOIN programs p ON p.id = po.program_id)"
inbox_where="(r.organization_id IN ('$home') OR (r.to_organization_id IN ('$home') AND r.sent_at IS NOT NULL AND r.shared_from <= '$today' AND r.shared_until > '$today' AND (r.sharing_consents = 1 OR EXISTS (SELECT 1 FROM family_consents fc WHERE fc.family_id = r.family_id AND fc.purpose = 'referral_sharing' AND fc.partner_organization_id = r.to_organization_id AND fc.given_on <= '$today' AND (fc.withdrawn_on IS NULL OR fc.withdrawn_on = '' OR fc.withdrawn_on > '$today'))))) AND r.to_organization_id IN ('$home')"
inbox_sql="SELECT COUNT(*) FROM referrals r WHERE $inbox_where; SELECT r.id, r.organization_id, r.family_id, f.code, r.to_organization_id, r.service_id, r.urgency, r.message, r.personalised, r.contact_person, r.accompanied, r.status, r.decline_reason, r.sent_at, r.acknowledged_at, r.first_contact_at, r.created_by, r.created_at, r.updated_at, r.version FROM referrals r JOIN families f ON f.id = r.family_id WHERE $inbox_where ORDER BY r.created_at DESC, r.id LIMIT 25;"
register_sql="SELECT substr(g.gap_date, 1, 4) || CASE WHEN substr(g.gap_date, 6, 2) <= '03' THEN '-Q1' WHEN substr(g.gap_date, 6, 2) <= '06' THEN '-Q2' WHEN substr(g.gap_date, 6, 2) <= '09' THEN '-Q3' ELSE '-Q4' END, COUNT(DISTINCT g.family_id) + SUM(CASE WHEN g.family_id IS NULL THEN 1 ELSE 0 END) FROM service_gaps g JOIN territories t ON t.id = g.territory_id WHERE g.organization_id IN $coordinated GROUP BY 1 ORDER BY 1; SELECT x.need_id, COALESCE(n.name_fr, x.need_id), x.territory_id, t.name, x.setting, x.reason, x.gaps, x.cell_units, x.reason_units, x.setting_units FROM (SELECT need_id, territory_id, setting, reason, SUM(gaps) AS gaps, SUM(in_cell) AS cell_units, SUM(in_reason) AS reason_units, SUM(in_setting) AS setting_units FROM (SELECT need_id, territory_id, setting, reason, gaps, CASE WHEN family_id IS NULL THEN gaps WHEN ROW_NUMBER() OVER (PARTITION BY family_id, need_id, territory_id) = 1 THEN 1 ELSE 0 END AS in_cell, CASE WHEN family_id IS NULL THEN gaps WHEN ROW_NUMBER() OVER (PARTITION BY family_id, reason) = 1 THEN 1 ELSE 0 END AS in_reason, CASE WHEN family_id IS NULL THEN gaps WHEN ROW_NUMBER() OVER (PARTITION BY family_id, setting) = 1 THEN 1 ELSE 0 END AS in_setting FROM (SELECT g.need_id, g.territory_id, COALESCE(t.setting, '') AS setting, g.reason, g.family_id, COUNT(*) AS gaps FROM service_gaps g JOIN territories t ON t.id = g.territory_id WHERE g.organization_id IN $coordinated GROUP BY g.need_id, g.territory_id, COALESCE(t.setting, ''), g.reason, g.family_id) f) k GROUP BY need_id, territory_id, setting, reason) x JOIN territories t ON t.id = x.territory_id LEFT JOIN taxonomy_terms n ON n.id = x.need_id;"
# The map's links among its organizations (the server lists their ids; here, the same set as a subquery).
on_map="(SELECT organization_id FROM organization_territories WHERE territory_id = '$territory')"
map_sql="WITH RECURSIVE area (id) AS (SELECT id FROM territories WHERE id = '$territory' UNION ALL SELECT t.id FROM territories t JOIN area ON t.parent_id = area.id) SELECT o.id, o.name, o.sector FROM organizations o WHERE o.active = 1 AND EXISTS (SELECT 1 FROM organization_territories ot JOIN area ON area.id = ot.territory_id WHERE ot.organization_id = o.id) ORDER BY o.name, o.id; SELECT r.organization_id, r.to_organization_id, COUNT(*), SUM(CASE WHEN r.status = 'completed' THEN 1 ELSE 0 END) FROM referrals r WHERE r.organization_id IN $on_map AND r.to_organization_id IN $on_map AND r.sent_at IS NOT NULL AND r.organization_id IN $coordinated GROUP BY r.organization_id, r.to_organization_id; SELECT e.organization_id, e.partner_organization_id, COUNT(*), 0 FROM networking_entries e WHERE e.organization_id IN $on_map AND e.partner_organization_id IN $on_map AND e.partner_organization_id IS NOT NULL AND e.organization_id IN $coordinated GROUP BY e.organization_id, e.partner_organization_id;"

source bench/lib.sh
floor_inbox=$(floor "$inbox_sql")
floor_register=$(floor "$register_sql")
floor_map=$(floor "$map_sql")

start_filet
manager=$(sign_in gestion.mn@demo.filet)
coordinator=$(sign_in coordination@demo.filet)
inbox_url="$base/api/v1/referrals?box=received"
inbox_total=$(curl -fs -H "Cookie: filet_session=$manager" "$inbox_url" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).total))")
wrk -t2 -c4 -d"${SECONDS_PER_RUN}s" --latency -H "Cookie: filet_session=$manager" "$inbox_url" >"$work/wrk.txt"
inbox_p99=$(awk '/^ +99%/ { print $2 }' "$work/wrk.txt")
inbox_p50=$(awk '/^ +50%/ { print $2 }' "$work/wrk.txt")
inbox_rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$work/wrk.txt")
http_register=$(timed "$base/api/v1/service-gaps/register" "$coordinator")
http_map=$(timed "$base/api/v1/network/map?territory_id=$territory" "$coordinator")
map_size=$(curl -fs -H "Cookie: filet_session=$coordinator" "$base/api/v1/network/map?territory_id=$territory" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const m=JSON.parse(s);console.log(m.organizations.length+' organizations, '+m.links.length+' links')})")
load_avg=$(cut -d' ' -f1-3 /proc/loadavg)

mkdir -p bench/results
{
  echo "# Referrals, service gaps and the network map: $counts, SQLite"
  echo
  echo "$(date -u +%FT%TZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo ?), load $load_avg, generated in $gen_s s"
  echo
  echo "| request | HTTP | equivalent SQL in sqlite3 (mean ms) | aim |"
  echo "| --- | ---: | ---: | --- |"
  echo "| receiving inbox ($inbox_total referrals, page 1), wrk -t2 -c4 | p50 $inbox_p50, p99 $inbox_p99, $inbox_rps req/s | $floor_inbox | p99 under 10 ms |"
  echo "| gap register, every territory (p50 / max ms, $RUNS runs) | $http_register | $floor_register | under 200 ms, at most 2× the SQL |"
  echo "| map data of the territory ($map_size; p50 / max ms) | $http_map | $floor_map | under 200 ms, at most 2× the SQL |"
} | tee bench/results/network.md
