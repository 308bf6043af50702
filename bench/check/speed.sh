#!/usr/bin/env bash
# Times weft check on a real code base against clang -fsyntax-only over the same TUs.
# usage: speed.sh REDIS_CHECKOUT [WEFT] [JOBS]
# Writes a compile_commands.json for redis's src/*.c by hand (no build needed: only
# release.h is generated), then measures, with the same parallelism for both:
#   1. clang -fsyntax-only over every TU,  2. weft check -p, cold cache,  3. weft check -p, again.
set -euo pipefail
redis=$(cd "${1:?usage: speed.sh REDIS_CHECKOUT [WEFT] [JOBS]}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
weft=${2:-$here/../../build/bin/weft}
jobs=${3:-$(nproc)}
clang=$(command -v clang-14 || command -v clang)
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
(cd "$redis/src" && [ -f release.h ] || sh mkreleasehdr.sh >/dev/null 2>&1 || true)
exec python3 - "$redis" "$weft" "$jobs" "$clang" "$build" <<'PY'
import glob, json, os, resource, subprocess, sys, time
from concurrent.futures import ThreadPoolExecutor
redis, weft, jobs, clang, build = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
src = os.path.join(redis, "src")
flags = ["-std=gnu11", "-I../deps/hiredis", "-I../deps/linenoise", "-I../deps/lua/src", "-I../deps/hdr_histogram",
         "-I../deps/fpconv", "-I../deps/fast_float"]
# ae_*.c are #included by ae.c, not compiled on their own.
files = [f for f in sorted(glob.glob(os.path.join(src, "*.c"))) if not os.path.basename(f).startswith("ae_")]
db = [{"directory": src, "file": f, "arguments": ["cc"] + flags + ["-c", os.path.basename(f), "-o", "x.o"]} for f in files]
json.dump(db, open(os.path.join(build, "compile_commands.json"), "w"))
lines = 0
for f in files + glob.glob(os.path.join(src, "*.h")):
    with open(f, errors="replace") as fh:
        lines += sum(1 for _ in fh)
print(f"redis: {len(files)} TUs, {lines} lines in src/*.c and src/*.h, {jobs} parallel jobs")

def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime

def syntax(f):
    return subprocess.run([clang, "-fsyntax-only"] + flags + [f], cwd=src, capture_output=True).returncode

t, c = time.monotonic(), cpu()
with ThreadPoolExecutor(jobs) as ex:
    bad = sum(1 for rc in ex.map(syntax, files) if rc)
t_clang, c_clang = time.monotonic() - t, cpu() - c
print(f"clang -fsyntax-only: {t_clang:.2f} s wall, {c_clang:.2f} s CPU ({bad} TUs with errors)")

def check(label):
    t, c = time.monotonic(), cpu()
    p = subprocess.run([weft, "check", "-p", build, "-j", str(jobs), "--stats", "--no-progress",
                        "-o", os.path.join(build, "out.txt")], capture_output=True, text=True)
    dt, dc = time.monotonic() - t, cpu() - c
    stats = [l for l in p.stderr.splitlines() if "stats:" in l]
    print(f"weft check -p ({label}): {dt:.2f} s wall, {dc:.2f} s CPU, exit {p.returncode}; "
          f"{stats[0] if stats else p.stderr.strip()[:200]}")
    return dt, dc

cold = check("first run, empty cache")
warm = check("re-run, nothing changed")
summary = [l for l in open(os.path.join(build, "out.txt")) if l.startswith("weft check: ")]
print(summary[0].strip() if summary else "no summary line")
print(f"first run / clang -fsyntax-only = {cold[0] / t_clang:.2f}x wall, {cold[1] / c_clang:.2f}x CPU (target <= 1.5x)")
print(f"re-run / first run = {100 * warm[0] / cold[0]:.1f}% wall, {100 * warm[1] / cold[1]:.1f}% CPU (target <= 10%)")
PY
