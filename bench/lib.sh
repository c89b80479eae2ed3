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

# Starts `$BIN serve` on the benchmark's database ($db, key in $work) on a free port, and waits
# until it answers: sets $server (its pid, for the caller's cleanup) and $base.
start_filet() {
  local port
  port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  "$BIN" serve --db "sqlite:$db" --key-file "$work/filet.key" --listen "127.0.0.1:$port" >"$work/server.log" 2>&1 &
  server=$!
  base="http://127.0.0.1:$port"
  for _ in $(seq 1 200); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.05; done
}

# The session cookie of the demo account EMAIL, signed in at $base.
sign_in() {
  curl -s -D - -o /dev/null -H 'content-type: application/json' -d "{\"email\":\"$1\",\"password\":\"filet-demo-2026\"}" \
    "$base/api/v1/session" | grep -i '^set-cookie' | sed 's/.*filet_session=\([^;]*\).*/\1/'
}
