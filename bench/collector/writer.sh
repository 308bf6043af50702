#!/usr/bin/env bash
# Writer cost alone: a producer fills a 2M-event ring and exits, then `weft __collect`
# stores it; prints events per CPU-second of weft (robust on a busy machine).
# usage: bench/collector/writer.sh [BUILD_DIR]
set -euo pipefail
build=${1:-$(cd "$(dirname "$0")/../.." && pwd)/build}
work=$(mktemp -d /tmp/weft-bench-XXXXXX)
dir=$(mktemp -d /dev/shm/weft-bench-XXXXXX)
trap 'rm -rf "$work" "$dir"' EXIT
"$build/bin/weft_flood" --dir "$dir" --threads 1 --seconds 1 --buffer 2097152 >/dev/null
/usr/bin/time -f '%U %S %M' -o "$work/time.txt" \
    "$build/bin/weft" __collect --dir "$dir" --out "$work/trace.db" --wait-pid 999999999 2>/dev/null
n=$(sqlite3 "$work/trace.db" 'SELECT count(*) FROM events')
read -r user sys rss <"$work/time.txt"
python3 -c "import sys; n,u,s,r=map(float,sys.argv[1:]); print(f'{int(n)} events, {u+s:.2f} CPU s (user {u}, sys {s}): {n/(u+s)/1e6:.2f} M events per CPU-second; peak RSS {r/1024:.0f} MiB')" \
    "$n" "$user" "$sys" "$rss"
