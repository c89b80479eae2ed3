#!/usr/bin/env bash
# Installs everything Filet needs to build, run and test, from Debian packages and npm only.
# Idempotent: safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ cmake make pkg-config ccache git curl
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsqlite3-dev sqlite3 libpq-dev libsodium-dev libssl-dev libspdlog-dev libcli11-dev
  libgtest-dev libbenchmark-dev libmimalloc-dev libcsv-dev libstemmer-dev libxlsxwriter-dev libzip-dev libexpat1-dev unzip
  clang-19 libclang-rt-19-dev llvm-19
  postgresql postgresql-contrib
  nodejs npm chromium nginx-light wrk time valgrind
  r-base-core pspp
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm may come from elsewhere on a developer machine: only install them if absent.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

for dir in web tests/browser tests/hsds; do
  if [ -f "$dir/package-lock.json" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
echo "setup: done"
