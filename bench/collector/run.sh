#!/usr/bin/env bash
# Collector throughput: weft_flood writes rings as fast as it can on N threads while
# `weft __collect` drains them into a trace; prints events/s stored, drops, and weft's peak RSS.
# usage: bench/collector/run.sh [BUILD_DIR] [SECONDS] [THREADS] [RATE_PER_THREAD (0 = unlimited)] [BUFFER]
set -euo pipefail
build=${1:-$(cd "$(dirname "$0")/../.." && pwd)/build}
secs=${2:-3}
threads=${3:-2}
rate=${4:-0}
buffer=${5:-16384}
work=$(mktemp -d /tmp/weft-bench-XXXXXX)
dir=$(mktemp -d /dev/shm/weft-bench-XXXXXX)
trap 'rm -rf "$work" "$dir"' EXIT

"$build/bin/weft_flood" --dir "$dir" --threads "$threads" --seconds "$secs" --rate "$rate" \
    --buffer "$buffer" >"$work/flood.txt" &
flood=$!
t0=$(date +%s.%N)
/usr/bin/time -f '%M' -o "$work/rss.txt" \
    "$build/bin/weft" __collect --dir "$dir" --out "$work/trace.db" --wait-pid "$flood"
t1=$(date +%s.%N)
wait "$flood"
stored=$(sqlite3 "$work/trace.db" 'SELECT count(*) FROM events')
dropped=$(sqlite3 "$work/trace.db" "SELECT value FROM meta WHERE key='dropped_events'")
size=$(stat -c %s "$work/trace.db")
python3 - "$t0" "$t1" "$stored" "$dropped" "$(cat "$work/rss.txt")" "$size" "$(cat "$work/flood.txt")" <<'PY'
import sys
t0, t1, stored, dropped, rss, size, flood = sys.argv[1:8]
wall = float(t1) - float(t0)
print(f"producer: {flood}")
print(f"collector: stored {stored} events in {wall:.2f} s = {int(stored)/wall/1e6:.2f} M events/s; "
      f"dropped {dropped}; peak RSS {int(rss)/1024:.1f} MiB; trace {int(size)/1e6:.1f} MB")
PY
