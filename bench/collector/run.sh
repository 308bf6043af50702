#!/usr/bin/env bash
# Collector throughput: weft_flood writes rings as fast as it can on N threads while
# `weft __collect` drains them into a trace; prints events/s stored while the producer ran
# (sustained) and over the whole run (with the end: index, checkpoint), drops, and weft's peak RSS.
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
    "$build/bin/weft" __collect --dir "$dir" --out "$work/trace.db" --wait-pid "$flood" &
collector=$!
wait "$flood"
tp=$(date +%s.%N)
# Committed by the time the producer ended (transactions of 250 ms at most): a read of the
# last rowid, which costs the collector nothing measurable.
during=$(sqlite3 -readonly "$work/trace.db.partial" 'SELECT max(rowid) FROM event_rows' 2>/dev/null ||
         sqlite3 -readonly "$work/trace.db.partial" 'SELECT max(rowid) FROM events' 2>/dev/null || echo 0)
wait "$collector"
t1=$(date +%s.%N)
stored=$(sqlite3 "$work/trace.db" 'SELECT count(*) FROM events')
dropped=$(sqlite3 "$work/trace.db" "SELECT value FROM meta WHERE key='dropped_events'")
size=$(stat -c %s "$work/trace.db")
python3 - "$t0" "$t1" "$stored" "$dropped" "$(cat "$work/rss.txt")" "$size" "$(cat "$work/flood.txt")" \
    "$tp" "${during:-0}" <<'PY'
import sys
t0, t1, stored, dropped, rss, size, flood, tp, during = sys.argv[1:10]
wall = float(t1) - float(t0)
ran = float(tp) - float(t0)
print(f"producer: {flood}")
print(f"sustained: {int(during or 0)} events stored while the producer ran ({ran:.2f} s) = "
      f"{int(during or 0)/ran/1e6:.2f} M events/s")
print(f"collector: stored {stored} events in {wall:.2f} s = {int(stored)/wall/1e6:.2f} M events/s; "
      f"dropped {dropped}; peak RSS {int(rss)/1024:.1f} MiB; trace {int(size)/1e6:.1f} MB")
PY
