#!/usr/bin/env bash
# The page cache's cost per GB written to a new file (filewrite.c), kept in the cache and dropped behind.
# usage: bench/collector/filewrite.sh [GB] [DIR]   (DIR: a disk-backed directory, /tmp by default)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
gb=${1:-8}
dir=${2:-/tmp}
bin=$(mktemp -d /tmp/weft-filewrite-XXXXXX)
trap 'rm -rf "$bin"' EXIT
cc -O2 -Wall -Wextra -o "$bin/filewrite" "$here/filewrite.c"
echo "kept in the page cache:"
"$bin/filewrite" "$dir/weft-filewrite.$$" "$gb"
echo "dropped 512 MiB behind:"
"$bin/filewrite" "$dir/weft-filewrite.$$" "$gb" drop
