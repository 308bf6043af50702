#!/usr/bin/env bash
# Generates a 1-million-event trace.db, builds its HTML report and Perfetto export, and measures
# report size, build time, first paint and zoom frame time in headless Chromium.
# usage: bench/report/run.sh [BUILD_DIR] [EVENTS]   (defaults: build/, 1000000)
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build}
events=${2:-1000000}
weft=$build/bin/weft
work=${WEFT_BENCH_DIR:-$(mktemp -d /tmp/weft-bench-report.XXXXXX)}
[ -x "$weft" ] || { echo "bench: $weft not built (scripts/build)" >&2; exit 2; }
[ -d "$top/tests/browser/node_modules/playwright-core" ] || { echo "bench: run scripts/bootstrap --test first (playwright-core)" >&2; exit 2; }

db=$work/trace-$events.db
python3 "$top/tests/reports/make_trace.py" "$top/tracer/collector/schema.sql" "$top/runtime/include/weft_calls.h" \
  "$db" --events "$events" --threads 16 >/dev/null
n=$(sqlite3 "$db" 'SELECT count(*) FROM events')
dbbytes=$(stat -c %s "$db")

secs() { local t0 t1; t0=$(date +%s%N); "$@"; t1=$(date +%s%N); python3 -c "print(round(($t1 - $t0) / 1e9, 2))"; }
per() { python3 -c "print(round($1 / $2, 1))"; }
t_report=$(secs "$weft" report -o "$work/timeline.html" "$db")
t_export=$(secs "$weft" export -o "$work/trace.json" "$db")
html=$(stat -c %s "$work/timeline.html")
json=$(stat -c %s "$work/trace.json")

# Three page loads; the figures are from the one with the median first paint (the machine
# may be busy with other work).
for k in 1 2 3; do
  NODE_PATH="$top/tests/browser/node_modules" node "$top/bench/report/measure.js" "$work/timeline.html" >"$work/m$k.json"
done
m=$(python3 -c "
import json, sys
runs = sorted((json.load(open('$work/m%d.json' % k)) for k in (1, 2, 3)), key=lambda r: r['firstPaintMs'])
runs[1]['firstPaintAll'] = [r['firstPaintMs'] for r in runs]
print(json.dumps(runs[1]))")
get() { echo "$m" | python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }

echo "events:                $n (trace.db $((dbbytes / 1048576)) MiB)"
echo "weft report:           ${t_report}s -> $((html / 1048576)) MiB, $(per "$html" "$n") bytes/event"
echo "weft export perfetto:  ${t_export}s -> $((json / 1048576)) MiB, $(per "$json" "$n") bytes/event"
echo "first paint:           $(get firstPaintMs) ms median of $(get firstPaintAll) (navigation start to first canvas frame, headless Chromium)"
echo "page load (wall):      $(get loadWallMs) ms"
echo "full-view redraw:      $(get fullViewDrawMs) ms"
echo "zoom frame, worst:     $(get zoomDrawMsMax) ms draw, $(get zoomWallMsMax) ms wheel-to-painted (12 wheel steps in and out)"
echo "breakdown:             $(get timing)"
[ -n "${WEFT_BENCH_DIR:-}" ] || rm -rf "$work"
