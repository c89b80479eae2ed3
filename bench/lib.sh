# Shared by the benchmarks that time a request next to its SQL (sourced; uses $work, $db, $RUNS).

# Mean milliseconds of RUNS runs of the statements in one sqlite3 session, after one warm-up.
floor() {
  { echo ".output /dev/null"; for _ in $(seq 0 "$RUNS"); do echo "$1"; done; } >"$work/floor.sql"
  { echo ".output /dev/null"; echo "$1"; } >"$work/warm.sql"
  sqlite3 "$db" <"$work/warm.sql"
  local t0 t1
  t0=$(date +%s.%N)
  sqlite3 "$db" <"$work/floor.sql"
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" -v n="$((RUNS + 1))" 'BEGIN { printf "%.1f", (b - a) * 1000 / n }'
}

# "p50 / max ms" of RUNS requests of URL with the session COOKIE, after one warm-up.
timed() {
  curl -fs -o /dev/null -H "Cookie: filet_session=$2" "$1"
  for _ in $(seq 1 "$RUNS"); do
    curl -fs -o /dev/null -w '%{time_total}\n' -H "Cookie: filet_session=$2" "$1"
  done | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%.0f / %.0f", t[int((NR + 1) / 2)], t[NR] }'
}
