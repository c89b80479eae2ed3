#!/usr/bin/env bash
# Filet benchmark: start-up time, throughput and memory of `filet serve` on the demo network,
# compared with nginx serving the same JSON body as a static file. See bench/README.md.
#
#   bash bench/run.sh                 # everything (about 40 s)
#   BENCH_ONLY=nginx bash bench/run.sh  # only the nginx half (no build/filet needed)
#
# Knobs (environment): FILET_BIN (build/filet), WEB_DIR (web/dist), DURATION (10s),
# CONNECTIONS (32), THREADS (2), FILET_PORT (18180), NGINX_PORT (18181), BENCH_PATH
# (/api/v1/organizations), BENCH_ONLY (nginx|filet|"" for both), KEEP_DIR (1 keeps the temp dir),
# RATIO_TARGET (0.33: the filet / nginx throughput ratio printed as met or not).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

FILET_BIN="${FILET_BIN:-build/filet}"
WEB_DIR="${WEB_DIR:-web/dist}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
FILET_PORT="${FILET_PORT:-18180}"
NGINX_PORT="${NGINX_PORT:-18181}"
BENCH_PATH="${BENCH_PATH:-/api/v1/organizations}"
BENCH_ONLY="${BENCH_ONLY:-}"
# The throughput ratio filet / nginx the read path aims at (issue 7, item 10).
RATIO_TARGET="${RATIO_TARGET:-0.33}"
NGINX_BIN="${NGINX_BIN:-/usr/sbin/nginx}"
# Not the admin: admins sign in in two steps (TOTP); every account reads the same organizations.
DEMO_EMAIL="coordination@demo.filet"
DEMO_PASSWORD="filet-demo-2026"
RESULTS_DIR="$ROOT/bench/results"
STARTUP_TIMEOUT_S=15

run_filet=1
run_nginx=1
case "$BENCH_ONLY" in
  "") ;;
  nginx) run_filet=0 ;;
  filet) run_nginx=0 ;;
  *) echo "bench: BENCH_ONLY must be nginx, filet or empty (got '$BENCH_ONLY')" >&2; exit 2 ;;
esac

log() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
# Prerequisites
missing=()
for cmd in curl wrk awk; do command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd"); done
[[ -x "$NGINX_BIN" ]] || missing+=("nginx ($NGINX_BIN)")
if ((${#missing[@]})); then
  die "missing: ${missing[*]}. Install with 'make setup' (Debian packages: curl wrk nginx-light)."
fi
if ((run_filet)); then
  [[ -x "$FILET_BIN" ]] || die "$FILET_BIN not found or not executable: run 'make build' first (or BENCH_ONLY=nginx)."
fi

# ---------------------------------------------------------------------------------------------
# Temp dir and cleanup: every process we start is recorded and killed by pid on exit.
DIR="$(mktemp -d "${TMPDIR:-/tmp}/filet-bench.XXXXXX")"
FILET_PID=""
NGINX_PID=""
SAMPLER_PIDS=()

cleanup() {
  local rc=$?
  set +e
  for p in "${SAMPLER_PIDS[@]}"; do kill "$p" 2>/dev/null; done
  if [[ -n "$FILET_PID" ]] && kill -0 "$FILET_PID" 2>/dev/null; then
    kill -TERM "$FILET_PID" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$FILET_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$FILET_PID" 2>/dev/null
  fi
  if [[ -n "$NGINX_PID" ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill -QUIT "$NGINX_PID" 2>/dev/null  # graceful: the master stops its workers
    for _ in $(seq 1 50); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$NGINX_PID" 2>/dev/null
  fi
  wait 2>/dev/null
  if [[ "${KEEP_DIR:-0}" == 1 || $rc -ne 0 ]]; then
    log "temp dir kept: $DIR"
  else
    rm -rf "$DIR"
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ns() { date +%s%N; }

# RSS of one pid in kB (0 if gone).
rss_kb() { awk '/^VmRSS:/ {print $2; found=1} END {if (!found) print 0}' "/proc/$1/status" 2>/dev/null || echo 0; }

# RSS of a process and its direct children (nginx master + workers), kB.
tree_rss_kb() {
  local total=0 p
  for p in "$1" $(ps -o pid= --ppid "$1" 2>/dev/null); do total=$((total + $(rss_kb "$p"))); done
  echo "$total"
}

# Sample the RSS of a process (tree) every 200 ms into a file, one value a line, until killed.
start_sampler() { # pid outfile
  ( while kill -0 "$1" 2>/dev/null; do tree_rss_kb "$1" >>"$2"; sleep 0.2; done ) &
  SAMPLER_PIDS+=("$!")
}
stop_sampler() { # the last sampler started
  local p="${SAMPLER_PIDS[-1]}"
  kill "$p" 2>/dev/null || true
  wait "$p" 2>/dev/null || true
  unset 'SAMPLER_PIDS[-1]'
}
# CPU time (user + system, clock ticks) of a process and its direct children. Unlike
# requests/s, CPU time per request hardly moves when other work shares the machine.
tree_cpu_ticks() {
  local total=0 p
  for p in "$1" $(ps -o pid= --ppid "$1" 2>/dev/null); do
    total=$((total + $(awk '{sub(/^.*\) /, ""); print $12 + $13}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
CLK_TCK=$(getconf CLK_TCK)
# µs of server CPU per request: ticks delta, wrk output file.
cpu_us_per_request() {
  awk -v t="$1" -v hz="$CLK_TCK" '/ requests in / {n = $1} END {if (n > 0) printf "%.0f", t * 1e6 / hz / n}' "$2"
}
max_of() { awk 'BEGIN {m = 0} $1 > m {m = $1} END {print m}' "$1"; }
mib() { awk -v k="$1" 'BEGIN {printf "%.1f MiB", k / 1024}'; }

# Busy and idle CPU ticks of the whole machine (all cores), from /proc/stat.
machine_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6}' /proc/stat; }

# Run wrk and keep its output; the timeout bounds the whole run whatever the server does.
# Sets WRK_SERVER_TICKS (CPU of the server during the run) and WRK_OTHER_PCT (share of the
# machine's CPU time used by anything but the server and wrk during the run).
run_wrk() { # name url server_pid [extra wrk args...]
  local name="$1" url="$2" pid="$3"; shift 3
  local m0 m1 s0 s1 wrk_s TIMEFORMAT='%3U %3S'
  log "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $url"
  m0=$(machine_ticks); s0=$(tree_cpu_ticks "$pid")
  { time timeout 60 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" >"$DIR/wrk-$name.txt" 2>&1; } 2>"$DIR/wrk-$name.time" \
    || die "wrk against $name failed: $(tail -5 "$DIR/wrk-$name.txt")"
  s1=$(tree_cpu_ticks "$pid"); m1=$(machine_ticks)
  cat "$DIR/wrk-$name.txt" >&2
  WRK_SERVER_TICKS=$((s1 - s0))
  wrk_s=$(awk '{print $1 + $2}' "$DIR/wrk-$name.time")
  WRK_OTHER_PCT=$(awk -v a="$m0" -v b="$m1" -v srv="$WRK_SERVER_TICKS" -v w="$wrk_s" -v hz="$CLK_TCK" 'BEGIN {
      split(a, x, " "); split(b, y, " "); busy = y[1] - x[1]; total = busy + y[2] - x[2];
      other = busy - srv - w * hz; if (other < 0) other = 0;
      printf "%.0f", (total > 0) ? 100 * other / total : 0 }')
}
# Requests/sec from wrk output.
wrk_rps() { awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$1"; }
# 99th percentile latency from wrk --latency output, in ms.
wrk_p99_ms() {
  awk '$1 == "99%" {
         v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
         if (u == "us") v /= 1000; else if (u == "s") v *= 1000; else if (u == "m") v *= 60000;
         printf "%.2f", v }' "$1"
}
# Count of non-2xx/3xx responses and socket errors (0 when wrk prints none).
wrk_bad() {
  awk '/Non-2xx or 3xx responses:/ {n += $NF}
       /Socket errors:/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10}
       END {print n + 0}' "$1"
}

mkdir -p "$DIR/static" "$DIR/nginx-temp"
NOTES=()
# Anything else running shares the 2 cores with the servers and wrk: measure how busy the CPUs
# are over half a second before starting, and say so under the table.
cpu_busy_pct() {
  local a b
  a=$(machine_ticks); sleep 0.5; b=$(machine_ticks)
  awk -v a="$a" -v b="$b" 'BEGIN {split(a, x, " "); split(b, y, " "); busy = y[1] - x[1]; idle = y[2] - x[2];
                                  printf "%.0f", (busy + idle > 0) ? 100 * busy / (busy + idle) : 0}'
}
busy_before=$(cpu_busy_pct)

# ---------------------------------------------------------------------------------------------
# 1. Filet: demo database, start-up to first 200 on /healthz
FILET_URL="http://127.0.0.1:$FILET_PORT"
startup_ms="n/a"; filet_idle_kb=0; filet_peak_kb=0; filet_rps=""; filet_p99=""; filet_bad=0; filet_cpu=""; filet_other=0
COOKIE=""
if ((run_filet)); then
  log "creating demo database in $DIR/bench.db"
  timeout 60 "$FILET_BIN" demo --db "sqlite:$DIR/bench.db" >"$DIR/demo.log" 2>&1 \
    || die "'$FILET_BIN demo' failed: $(tail -5 "$DIR/demo.log")"

  serve_args=(serve --listen "127.0.0.1:$FILET_PORT" --db "sqlite:$DIR/bench.db")
  if [[ -d "$WEB_DIR" ]]; then serve_args+=(--web "$WEB_DIR"); else NOTES+=("$WEB_DIR missing: filet started without --web"); fi

  if curl -s -o /dev/null "$FILET_URL/healthz"; then die "something already listens on port $FILET_PORT"; fi
  t0=$(now_ns)
  "$FILET_BIN" "${serve_args[@]}" >"$DIR/filet.log" 2>&1 &
  FILET_PID=$!
  deadline=$((t0 + STARTUP_TIMEOUT_S * 1000000000))
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$FILET_URL/healthz" || true)
    t1=$(now_ns)
    [[ "$code" == 200 ]] && break
    kill -0 "$FILET_PID" 2>/dev/null || die "filet exited during start-up: $(tail -5 "$DIR/filet.log")"
    ((t1 < deadline)) || die "no 200 on /healthz within ${STARTUP_TIMEOUT_S}s (last status $code)"
    sleep 0.005
  done
  startup_ms=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.0f", (b - a) / 1e6}')
  log "first 200 on /healthz after ${startup_ms} ms"

  # 2. Log in, fetch the list once.
  code=$(curl -s -o "$DIR/login.json" -w '%{http_code}' -c "$DIR/cookies.txt" \
    -H 'Content-Type: application/json' \
    -d "{\"email\":\"$DEMO_EMAIL\",\"password\":\"$DEMO_PASSWORD\"}" "$FILET_URL/api/v1/session")
  [[ "$code" == 200 ]] || die "login returned $code: $(head -c 300 "$DIR/login.json")"
  # Netscape cookie jar; HttpOnly cookies are written with a "#HttpOnly_" prefix.
  COOKIE=$(awk -F'\t' '$6 == "filet_session" {print $7}' "$DIR/cookies.txt" | tail -1)
  [[ -n "$COOKIE" ]] || die "no filet_session cookie after login"

  code=$(curl -s -o "$DIR/static/organizations.json" -w '%{http_code}' \
    -H "Cookie: filet_session=$COOKIE" "$FILET_URL$BENCH_PATH")
  [[ "$code" == 200 ]] || die "GET $BENCH_PATH returned $code: $(head -c 300 "$DIR/static/organizations.json")"
  filet_idle_kb=$(rss_kb "$FILET_PID")
fi

if [[ ! -s "$DIR/static/organizations.json" ]]; then
  # nginx-only run: a stand-in body of a realistic size (25 organizations).
  awk 'BEGIN {
    printf "{\"items\":[";
    for (i = 1; i <= 25; i++) {
      if (i > 1) printf ",";
      printf "{\"id\":\"00000000-0000-4000-8000-%012d\",\"name\":\"Organisme de démonstration %d\",", i, i;
      printf "\"sector\":\"community_family\",\"territory_ids\":[\"00000000-0000-4000-8000-000000000001\"],";
      printf "\"territories\":[{\"id\":\"00000000-0000-4000-8000-000000000001\",\"name\":\"Montréal-Nord\"}],";
      printf "\"active\":true,\"email\":\"info@org%d.example\",\"phone\":\"514-555-01%02d\",", i, i;
      printf "\"website\":\"https://org%d.example\",\"created_at\":\"2026-01-01T00:00:00Z\",\"updated_at\":\"2026-01-01T00:00:00Z\"}", i;
    }
    printf "],\"page\":1,\"per_page\":25,\"total\":25}\n";
  }' >"$DIR/static/organizations.json"
  NOTES+=("nginx-only run: static body is a generated stand-in, not filet's response")
fi
body_bytes=$(wc -c <"$DIR/static/organizations.json")
log "response body: $body_bytes bytes"

# ---------------------------------------------------------------------------------------------
# 3. nginx serving the same body as a static file
NGINX_URL="http://127.0.0.1:$NGINX_PORT"
nginx_idle_kb=0; nginx_peak_kb=0; nginx_rps=""; nginx_p99=""; nginx_bad=0; nginx_cpu=""; nginx_other=0
if ((run_nginx)); then
  cat >"$DIR/nginx.conf" <<EOF
user root;
worker_processes 2;
daemon off;
pid $DIR/nginx.pid;
error_log $DIR/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    default_type application/json;
    client_body_temp_path $DIR/nginx-temp/body;
    proxy_temp_path $DIR/nginx-temp/proxy;
    fastcgi_temp_path $DIR/nginx-temp/fastcgi;
    uwsgi_temp_path $DIR/nginx-temp/uwsgi;
    scgi_temp_path $DIR/nginx-temp/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $DIR/static;
    }
}
EOF
  if curl -s -o /dev/null "$NGINX_URL/"; then die "something already listens on port $NGINX_PORT"; fi
  "$NGINX_BIN" -p "$DIR" -e "$DIR/nginx-error.log" -c "$DIR/nginx.conf" >"$DIR/nginx.out" 2>&1 &
  NGINX_PID=$!
  for _ in $(seq 1 400); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$NGINX_URL/organizations.json" || true)
    [[ "$code" == 200 ]] && break
    kill -0 "$NGINX_PID" 2>/dev/null || die "nginx exited: $(cat "$DIR/nginx.out" "$DIR/nginx-error.log" 2>/dev/null | tail -5)"
    sleep 0.005
  done
  [[ "$code" == 200 ]] || die "nginx did not serve /organizations.json (last status $code)"
  sleep 0.2 # let both workers settle
  nginx_idle_kb=$(tree_rss_kb "$NGINX_PID")

  # 4a. wrk against nginx
  start_sampler "$NGINX_PID" "$DIR/rss-nginx.txt"
  run_wrk nginx "$NGINX_URL/organizations.json" "$NGINX_PID"
  nginx_cpu=$(cpu_us_per_request "$WRK_SERVER_TICKS" "$DIR/wrk-nginx.txt")
  nginx_other=$WRK_OTHER_PCT
  stop_sampler
  nginx_peak_kb=$(max_of "$DIR/rss-nginx.txt")
  nginx_rps=$(wrk_rps "$DIR/wrk-nginx.txt"); nginx_p99=$(wrk_p99_ms "$DIR/wrk-nginx.txt"); nginx_bad=$(wrk_bad "$DIR/wrk-nginx.txt")
  # stop nginx before loading filet so the two never share the 2 cores
  kill -QUIT "$NGINX_PID" 2>/dev/null || true
  wait "$NGINX_PID" 2>/dev/null || true
  NGINX_PID=""
fi

# 4b. wrk against filet, with the session cookie
if ((run_filet)); then
  start_sampler "$FILET_PID" "$DIR/rss-filet.txt"
  run_wrk filet "$FILET_URL$BENCH_PATH" "$FILET_PID" -H "Cookie: filet_session=$COOKIE"
  filet_cpu=$(cpu_us_per_request "$WRK_SERVER_TICKS" "$DIR/wrk-filet.txt")
  filet_other=$WRK_OTHER_PCT
  stop_sampler
  filet_peak_kb=$(max_of "$DIR/rss-filet.txt")
  filet_rps=$(wrk_rps "$DIR/wrk-filet.txt"); filet_p99=$(wrk_p99_ms "$DIR/wrk-filet.txt"); filet_bad=$(wrk_bad "$DIR/wrk-filet.txt")
  kill -0 "$FILET_PID" 2>/dev/null || die "filet died under load: $(tail -5 "$DIR/filet.log")"
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: filet_session=$COOKIE" "$FILET_URL$BENCH_PATH" || true)
  [[ "$code" == 200 ]] || NOTES+=("after the load, GET $BENCH_PATH returned $code")
fi

# ---------------------------------------------------------------------------------------------
# 6. Report
if ((busy_before >= 15 || filet_other >= 10 || nginx_other >= 10)); then
  NOTES+=("other work used ${busy_before}% of the CPUs just before the run, ${nginx_other}% during the nginx run and ${filet_other}% during the filet run: figures are noisy, run again when idle")
fi
if ((run_filet)); then
  threads=$(awk '/^Threads:/ {print $2}' "/proc/$FILET_PID/status" 2>/dev/null || echo "?")
  NOTES+=("filet ran with $threads threads")
fi
((filet_bad > 0)) && NOTES+=("filet: $filet_bad non-2xx responses or socket errors during the run: its req/s is not comparable")
((nginx_bad > 0)) && NOTES+=("nginx: $nginx_bad non-2xx responses or socket errors during the run")
ratio="n/a"
if [[ -n "$filet_rps" && -n "$nginx_rps" && "$nginx_rps" != 0 ]]; then
  ratio=$(awk -v f="$filet_rps" -v n="$nginx_rps" 'BEGIN {printf "%.2f", f / n}')
fi
p99_ratio="n/a"
if [[ -n "$filet_p99" && -n "$nginx_p99" ]]; then
  p99_ratio=$(awk -v f="$filet_p99" -v n="$nginx_p99" 'BEGIN {if (n > 0) printf "%.1f×", f / n; else print "n/a"}')
fi
cpu_ratio="n/a"
if [[ -n "$filet_cpu" && -n "$nginx_cpu" ]]; then
  cpu_ratio=$(awk -v f="$filet_cpu" -v n="$nginx_cpu" 'BEGIN {if (n > 0) printf "%.1f×", f / n; else print "n/a"}')
fi
if [[ "$ratio" == n/a ]]; then
  ratio_line="ratio n/a (target ≥ $RATIO_TARGET): needs both halves"
else
  verdict=$(awk -v r="$ratio" -v t="$RATIO_TARGET" 'BEGIN {print (r + 0 >= t + 0) ? "met" : "not met"}')
  ratio_line="ratio $ratio (target ≥ $RATIO_TARGET): $verdict"
fi
cell() { [[ -n "$1" ]] && echo "$1" || echo "—"; }
mem() { [[ "$1" -gt 0 ]] 2>/dev/null && mib "$1" || echo "—"; }

commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
nginx_version=$( ("$NGINX_BIN" -v 2>&1 || true) | sed 's/^nginx version: //')
wrk_version=$( (wrk --version 2>&1 || true) | awk 'NR == 1 {print $2}')
cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)

report="$DIR/report.md"
{
  echo "# Filet benchmark"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit \`$commit\`, $(nproc) cores ($cpu), $(uname -sr)."
  echo "Load: \`wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency\` (wrk $wrk_version) on loopback; the same"
  echo "$body_bytes-byte body: filet \`GET $BENCH_PATH\` (SQLite demo database, logged in as the coordinator)"
  echo "vs nginx ($nginx_version, 2 workers) serving it as a static file."
  echo
  echo "| | requests/s | p99 latency | server CPU per request | memory idle | memory peak under load | start to first 200 |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  echo "| filet | $(cell "$filet_rps") | $(cell "${filet_p99:+$filet_p99 ms}") | $(cell "${filet_cpu:+$filet_cpu µs}") | $(mem "$filet_idle_kb") | $(mem "$filet_peak_kb") | $( [[ $startup_ms != n/a ]] && echo "$startup_ms ms" || echo "—") |"
  echo "| nginx (static file) | $(cell "$nginx_rps") | $(cell "${nginx_p99:+$nginx_p99 ms}") | $(cell "${nginx_cpu:+$nginx_cpu µs}") | $(mem "$nginx_idle_kb") | $(mem "$nginx_peak_kb") | — |"
  echo "| filet / nginx | $ratio | $p99_ratio | $cpu_ratio | | | |"
  echo
  echo "$ratio_line"
  if ((${#NOTES[@]})); then
    echo
    for n in "${NOTES[@]}"; do echo "- $n"; done
  fi
} >"$report"

mkdir -p "$RESULTS_DIR"
cp "$report" "$RESULTS_DIR/latest.md"
echo
cat "$report"
echo
log "written to bench/results/latest.md"
