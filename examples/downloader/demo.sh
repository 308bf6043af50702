#!/usr/bin/env bash
# Demo on the pool downloader: serve pages locally, trace the download, analyze it, draw the timeline.
# Usage: demo.sh WEFT_BINARY EXAMPLES_BIN_DIR [OUT_DIR]   (OUT_DIR: where trace.db and
# timeline.html go; default the current directory).
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 WEFT_BINARY EXAMPLES_BIN_DIR [OUT_DIR]" >&2
  exit 2
fi
weft=$(realpath "$1")
bin=$(realpath "$2")
out=$(realpath "${3:-.}")
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"

# The server prints "port N" once it listens; read it.
portfile=$(mktemp)
python3 "$here/serve.py" 0 >"$portfile" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$portfile"' EXIT
for _ in $(seq 50); do
  grep -q '^port ' "$portfile" && break
  sleep 0.1
done
port=$(awk '/^port /{print $2}' "$portfile")
[ -n "$port" ] || { echo "demo: the page server did not start" >&2; exit 1; }
echo "demo: page server on 127.0.0.1:$port (50 ms per request)"

rm -f "$out/trace.db" "$out/timeline.html" # a rerun replaces the last demo's files
echo "demo: weft run -o $out/trace.db -- weft-example-downloader-pool $port"
"$weft" run -o "$out/trace.db" -- "$bin/weft-example-downloader-pool" "$port" >/dev/null
echo
"$weft" analyze "$out/trace.db"
echo
if err=$("$weft" report "$out/trace.db" -o "$out/timeline.html" 2>&1); then
  echo "demo: timeline written to $out/timeline.html (open it in a browser; it works offline)"
elif grep -q 'not built yet' <<<"$err"; then
  echo "demo: weft report is not built yet; the trace is $out/trace.db"
else
  echo "demo: weft report failed: $err" >&2
  exit 1
fi
