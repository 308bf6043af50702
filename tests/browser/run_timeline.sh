#!/usr/bin/env bash
# Builds reports of a synthetic trace (and of a real traced example when weft run works) and checks them in Chromium.
# usage: run_timeline.sh WEFT OUT_DIR [EXAMPLE_BINARY...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
weft=$1 out=$2
shift 2
if [ ! -d "$here/node_modules/playwright-core" ] || [ ! -x /usr/bin/chromium ] || ! command -v node >/dev/null; then
  echo "skipped: needs node, /usr/bin/chromium and tests/browser/node_modules (scripts/bootstrap --test)"
  exit 77
fi
mkdir -p "$out"
python3 "$top/tests/reports/make_trace.py" "$top/tracer/collector/schema.sql" \
  "$top/runtime/include/weft_calls.h" "$out/synthetic.db" --events 5000 >/dev/null
cat >"$out/races.json" <<'JSON'
{"schema": "weft-check/1", "complete": true, "incomplete_reasons": [], "translation_units": 1, "errors": 0,
 "findings": [{"rule": "weft-race", "id": "t1", "variable": "counter", "file": "demo.c", "line": 14, "column": 9,
   "message": "data race on 'counter' </script><script>alert(2)</script>",
   "accesses": [{"file": "demo.c", "line": 14, "column": 9, "kind": "write", "thread": "worker", "locks": []},
                {"file": "demo.c", "line": 20, "column": 3, "kind": "read", "thread": "main", "locks": ["m"]}]}]}
JSON
"$weft" report --races "$out/races.json" -o "$out/synthetic.html" "$out/synthetic.db"
node "$here/timeline_test.js" "$out/synthetic.html" "$out/synthetic.db" "$out" --races "$out/races.json"

# Real traces of the examples given, when the tracer can trace them here.
for example in "$@"; do
  [ -x "$example" ] || continue
  name=real-$(basename "$example")
  rm -f "$out/$name.db"
  if (cd "$out" && timeout 60 "$weft" run -o "$out/$name.db" -- "$example" >/dev/null 2>&1) && [ -f "$out/$name.db" ]; then
    "$weft" report -o "$out/$name.html" "$out/$name.db"
    node "$here/timeline_test.js" "$out/$name.html" "$out/$name.db" "$out" --real
  else
    echo "note: could not trace $example with weft run; it was not checked"
  fi
done
