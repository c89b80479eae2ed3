#!/usr/bin/env bash
# SQL lives in repositories (`*_repository.cpp`) and in `src/db/` only. This lists every other
# .cpp of src/ holding an SQL statement in a string literal and fails if there is one.
# Unit tests (`*_test.cpp`) may read the database directly to check what a service wrote.
#   scripts/lint-sql-placement.sh              check src/
#   scripts/lint-sql-placement.sh --self-test  also plant violations in a scratch tree and check
#                                              that exactly the planted one is caught (tests/run.sh)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

# A statement's opening words inside a string literal ("...SELECT ...", "DELETE FROM ...").
sql='"([^"\\]|\\.)*\b(SELECT|INSERT[[:space:]]+INTO|UPDATE[[:space:]]+[A-Za-z_]+[[:space:]]+SET|DELETE[[:space:]]+FROM|CREATE[[:space:]]+(TABLE|INDEX|UNIQUE|TRIGGER|VIEW)|DROP[[:space:]]+(TABLE|INDEX)|ALTER[[:space:]]+TABLE|SAVEPOINT|PRAGMA)\b'

# Files whose SQL has not moved to a repository yet, each being changed on another branch while
# this check was written. Remove a line when its file is cleaned (the check fails while a listed
# file holds no SQL); never add one (write a repository instead).
allowed=(
  src/directory/demo_directory.cpp    # postal centroids and demo locations (postal-area branch)
  src/directory/hsds_csv_write.cpp    # taxonomies of the CSV package: hsds_repository::taxonomies (fuzzing branch)
  src/directory/search.cpp            # the search query, a repository in all but name (search branch)
)

# check DIR [allowed...]: prints "file:line: text" for each violation; returns their count (capped).
check() {
  local dir=$1
  shift
  local -a skip=("$@")
  local count=0 file rel hits
  while IFS= read -r file; do
    rel=${file#"$dir"/}
    case "$rel" in
      src/db/*| *_repository.cpp | *_test.cpp) continue ;;
    esac
    local s
    for s in "${skip[@]}"; do [ "$rel" = "$s" ] && continue 2; done
    # Lines that are comments do not count.
    hits=$(grep -nE "$sql" "$file" | grep -vE '^[0-9]+:[[:space:]]*//' || true)
    [ -z "$hits" ] && continue
    while IFS= read -r line; do
      echo "$rel:$line"
      count=$((count + 1))
    done <<<"$hits"
  done < <(find "$dir/src" -name '*.cpp' | sort)
  [ "$count" -gt 99 ] && count=99
  return "$count"
}

self_test() {
  local scratch
  scratch=$(mktemp -d /tmp/filet-lint-sql.XXXXXX)
  mkdir -p "$scratch/src/core" "$scratch/src/db"
  local statement='  auto rows = TRY(c.query("SELECT id FROM users WHERE email = ?", {email}));'
  printf '%s\n' "$statement" >"$scratch/src/core/planted_service.cpp"
  printf '%s\n' "$statement" >"$scratch/src/core/planted_repository.cpp"
  printf '%s\n' "$statement" >"$scratch/src/core/planted_test.cpp"
  printf '%s\n' "$statement" >"$scratch/src/db/planted.cpp"
  printf '%s\n' '  // SELECT in a comment is no statement' '  if (method == "DELETE") return 204;' \
    '  label = "Sélectionner";' >"$scratch/src/core/innocent_routes.cpp"
  printf '%s\n' '  TRY_VOID(c.execute(' '      "DELETE FROM sessions WHERE token_hash = ?", {hash}));' \
    >"$scratch/src/core/planted_routes.cpp"
  local out
  out=$(check "$scratch")
  local found=$?
  rm -rf "$scratch"
  if [ "$found" -eq 2 ] && grep -q '^src/core/planted_service.cpp:1:' <<<"$out" &&
    grep -q '^src/core/planted_routes.cpp:2:' <<<"$out"; then
    echo "ok - the planted statements outside repositories are caught, and only they"
    return 0
  fi
  echo "not ok - the self-test expected the two planted statements, found $found:"
  echo "$out"
  return 1
}

# An entry of `allowed` whose file holds no SQL any more must leave the list.
stale_entries() {
  local rel
  for rel in "${allowed[@]}"; do
    if [ ! -f "$root/$rel" ] || ! grep -qE "$sql" "$root/$rel"; then echo "$rel"; fi
  done
}

passed=0
failed=0
if [ "${1:-}" = "--self-test" ]; then
  if self_test; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
fi
if out=$(check "$root" "${allowed[@]}"); then
  echo "ok - no SQL outside repositories and db/"
  passed=$((passed + 1))
else
  echo "not ok - SQL outside repositories and db/ (move it into the module's *_repository.cpp):"
  echo "$out"
  failed=$((failed + 1))
fi
if [ -z "$(stale_entries)" ]; then
  echo "ok - every file still allowed to hold SQL holds some"
  passed=$((passed + 1))
else
  echo "not ok - these files hold no SQL any more: remove them from the list in $0:"
  stale_entries
  failed=$((failed + 1))
fi
echo "# pass $passed"
echo "# fail $failed"
[ "$failed" -eq 0 ]
