#!/usr/bin/env bash
# Proves that two builds of Filet import an HSDS package into the same database: every table
# (directory, organizations, audit log...), the schema, the full-text rows, the full-text index
# itself (every term of every service, fts5vocab) and the results of a few searches.
#
#   bash bench/directory/same_import.sh BEFORE_FILET AFTER_FILET
#
# e.g. `git stash; make server; cp build/filet /tmp/filet-before; git stash pop; make server`, then
# `bash bench/directory/same_import.sh /tmp/filet-before build/filet`. Each build imports, into a
# copy of one demo database: a generated package of SERVICES services (10,000 by default: a
# bulk import), the same package again (every service updated), then a small package of other
# services (SMALL, 300 by default: under 16 MB, the row-by-row path), and these once more as other
# services, some to reject (below). The import's own clock
# (created_at, updated_at of what it wrote) is replaced by NOW1 to NOW4 and the audit log's
# `at` left out; everything else must be equal, byte for byte. Exit 0 when it is.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
before=$(realpath "$1")
after=$(realpath "$2")
SERVICES=${SERVICES:-10000}
SMALL=${SMALL:-300}
work=$(mktemp -d /tmp/filet-same-import.XXXXXX)
trap '[ "${KEEP_DIR:-0}" = 1 ] || rm -rf "$work"' EXIT
cd "$root"

node bench/directory/generate.mjs "$work/big" --services "$SERVICES" --organizations $((SERVICES / 5)) \
  --locations $((SERVICES * 3 / 2)) | tail -n 1
node bench/directory/generate.mjs "$work/small" --services "$SMALL" --organizations $((SMALL / 5)) \
  --locations $((SMALL * 3 / 2)) --seed 7 | tail -n 1
# The small package again, with records to reject at each step and a service repeated: a control
# character, no name, another organization's location (after its new organization was written:
# undone), the previous record's id (the waiting service written before it is updated).
node -e '
const fs = require("fs");
const [dir, big] = process.argv.slice(1);
const services = JSON.parse(fs.readFileSync(dir + "/services.json"));
const foreign = JSON.parse(fs.readFileSync(big + "/services.json"))[0].service_at_locations[0].location;
services.forEach((s, i) => {
  const other = (id) => id.slice(0, 24) + "0000" + id.slice(28);  // other services than the small package
  s.id = other(s.id);
  for (const at of s.service_at_locations) at.id = other(at.id);
  if (i % 7 === 3) s.name = "contrôle\u0007";
  else if (i % 11 === 5) { s.name = ""; if (s.x_filet) delete s.x_filet.translations; }
  else if (i % 13 === 6) s.service_at_locations.push({ location: { ...foreign, name: "ailleurs" } });
  else if (i % 17 === 8) {
    const again = structuredClone(services[i - 1]);
    again.description = "Une autre description. / Another description.";
    for (const at of again.service_at_locations) at.id = at.id.slice(0, 24) + "1111" + at.id.slice(28);
    services[i] = again;
  }
});
fs.mkdirSync(dir + "-mixed");
fs.writeFileSync(dir + "-mixed/services.json", JSON.stringify(services));
' "$work/small" "$work/big"
"$before" demo --db "sqlite:$work/demo.db" >/dev/null

# The whole database as text, in a stable order, with the import's timestamps named.
dump() {
  local db=$1 out=$2 now1=$3 now2=$4 now3=$5 now4=$6
  local tables
  tables=$(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
    AND name NOT LIKE 'services_fts%' ORDER BY name")
  {
    echo "-- schema"
    sqlite3 "$db" "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    for table in $tables; do
      local columns count
      columns=$(sqlite3 "$db" "SELECT group_concat(quote(name) , ', ') FROM pragma_table_info('$table')
        WHERE NOT ('$table' = 'audit_log' AND name = 'at')")
      count=$(sqlite3 "$db" "SELECT COUNT(*) FROM pragma_table_info('$table') WHERE NOT ('$table' = 'audit_log' AND name = 'at')")
      echo "-- table $table"
      sqlite3 -cmd ".mode quote" "$db" "SELECT $columns FROM \"$table\" ORDER BY $(seq -s, 1 "$count")"
    done
    echo "-- full-text rows"
    sqlite3 -cmd ".mode quote" "$db" "SELECT rowid, service_id, search_text, filter_text FROM services_fts ORDER BY rowid"
    echo "-- full-text index: every term of every row"
    sqlite3 -cmd ".mode quote" "$db" "CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, 'services_fts', 'instance');
      SELECT term, doc, col, offset FROM temp.terms ORDER BY term, doc, col, offset;"
    sqlite3 "$db" "INSERT INTO services_fts (services_fts) VALUES ('integrity-check'); SELECT 'integrity ok';"
    echo "-- searches"
    for match in '"aide"* "alimentaire"*' '"logement"*' 'search_text : ("aide"*) AND filter_text : ("zzfree")' \
      '"sante"* OR "emploi"*' '"aliment"* NOT "banque"*' 'filter_text : ("zzlangar")'; do
      echo "-- $match"
      sqlite3 "$db" "SELECT s.id FROM services s WHERE s.status = 'active' AND s.fts_rowid IN
        (SELECT rowid FROM services_fts WHERE services_fts MATCH '${match//\'/\'\'}') ORDER BY s.name_key, s.id"
    done
  } | sed -e "s/$now1/NOW1/g" -e "s/$now2/NOW2/g" -e "s/$now3/NOW3/g" -e "s/$now4/NOW4/g" >"$out"
}

run() {
  local name=$1 filet=$2 db="$work/$1.db"
  cp "$work/demo.db" "$db"
  local times=()
  for package in big big small small-mixed; do
    { "$filet" hsds import "$work/$package" --db "sqlite:$db" 2>/dev/null || true; } | tail -n 1
    times+=("$(sqlite3 "$db" "SELECT MAX(updated_at) FROM services")")
  done
  dump "$db" "$work/$name.txt" "${times[@]}"
  echo "$name: $(wc -l <"$work/$name.txt") lines, sha256 $(sha256sum "$work/$name.txt" | cut -c1-16)"
}

run before "$before"
run after "$after"
if cmp -s "$work/before.txt" "$work/after.txt"; then
  echo "same: both builds wrote the same database ($SERVICES + $SMALL services)"
else
  echo "DIFFERENT:"
  diff "$work/before.txt" "$work/after.txt" | head -n 40 | cut -c1-300
  exit 1
fi
