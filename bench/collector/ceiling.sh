#!/usr/bin/env bash
# SQLite's ceiling on this machine for each way of storing events (sqlite_ceiling.c): rows/s per insert path, row shape, pragma.
# usage: bench/collector/ceiling.sh [-n ROWS] [-r REPEAT] [-d DIR] [-v I,J,...] [-l]   (DIR: where the test files go, /tmp)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=$(mktemp -d /tmp/weft-ceiling-XXXXXX)
trap 'rm -rf "$bin"' EXIT
cc -O2 -o "$bin/sqlite_ceiling" "$here/sqlite_ceiling.c" -lsqlite3
"$bin/sqlite_ceiling" "$@"
