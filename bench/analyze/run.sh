#!/usr/bin/env bash
# Times `weft analyze` on a generated 10-million-event trace.db (median of 3) and reports peak RSS.
# usage: bench/analyze/run.sh [path/to/weft]   (env: EVENTS, THREADS, BENCH_DIR, RUNS)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
weft=${1:-$top/build/bin/weft}
events=${EVENTS:-10000000}
threads=${THREADS:-16}
runs=${RUNS:-3}
dir=${BENCH_DIR:-/tmp/weft-bench-analyze}
[ -x "$weft" ] || { echo "run.sh: $weft: no weft binary (build first, or pass its path)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "run.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
mkdir -p "$dir"
cc -O2 -o "$dir/gen" "$here/gen.c" -lsqlite3

# Generated once per size and reused: writing 10M rows takes longer than reading them.
for kind in ordered disorder; do
  db="$dir/trace-$events-$threads-$kind.db"
  if [ ! -s "$db" ]; then
    echo "generating $db ($events events, $threads threads, $kind)..."
    "$dir/gen" "$top/tracer/collector/schema.sql" "$db.tmp" "$events" "$threads" \
      "$([ $kind = disorder ] && echo 1 || echo 0)"
    mv "$db.tmp" "$db"
  fi
done

measure() { # db -> prints "median_seconds max_rss_kb"
  local db=$1 times=() rss=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$dir/time.out" "$weft" analyze --format json -o "$dir/out.json" "$db"
    read -r t m < "$dir/time.out"
    times+=("$t")
    [ "$m" -gt "$rss" ] && rss=$m
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" -v rss="$rss" \
    '{ a[NR] = $1 } END { printf "%s %d\n", a[int((n + 1) / 2)], rss }'
}

size=$(du -m "$dir/trace-$events-$threads-ordered.db" | cut -f1)
echo "weft analyze on $events events, $threads threads (${size} MiB trace.db), median of $runs; $(nproc) CPUs"
for kind in ordered disorder; do
  read -r med rss < <(measure "$dir/trace-$events-$threads-$kind.db")
  printf '  %-9s %6.2f s  peak RSS %4d MiB\n' "$kind" "$med" "$((rss / 1024))"
done
python3 -c "import json,sys; a=json.load(open(sys.argv[1])); print('  verdict:', a['verdict'], a['verdict_kind'] or '')" "$dir/out.json"
