#!/usr/bin/env bash
# Draws the app's icons (public/icons/icon-192.png, icon-512.png) from pwa/icon.svg with Debian's
# Chromium (already needed by the browser tests): a full-bleed square, the net inside the
# "maskable" safe zone, so that the same file serves as a plain and a maskable icon.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../public/icons"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
{
  printf '<!doctype html><html><head><style>html,body{margin:0}svg{display:block;width:100vw;height:100vh}</style></head><body>'
  cat "$here/icon.svg"
  printf '</body></html>'
} >"$tmp/icon.html"
for size in 192 512; do
  "${CHROMIUM_PATH:-chromium}" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --screenshot="$out/icon-$size.png" --window-size="$size,$size" "file://$tmp/icon.html" 2>/dev/null
done
file "$out"/icon-*.png
