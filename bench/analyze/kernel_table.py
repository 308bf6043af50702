#!/usr/bin/env python3
"""weft analyze against the kernel on real programs: runs each case RUNS times under `weft run`
(tests/common/kernel.py: schedstat polled every 2 ms, /usr/bin/time -v, /proc/stat) and prints
one markdown row per case, medians over the runs.
usage: kernel_table.py WEFT [--runs N] [--work DIR] [CASE...]  (cases: see CASES; default all)"""
import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tests", "common"))
from kernel import PY_CPU, PY_IO, measure, compare  # noqa: E402
from servers import free_port, nginx_site, wait_port  # noqa: E402


def pigz_tree(work):
    """A copy of pigz's sources (/work/ext/madler+pigz or PIGZ_SRC), objects to build."""
    src = os.environ.get("PIGZ_SRC", "/work/ext/madler+pigz")
    if not os.path.exists(os.path.join(src, "pigz.c")):
        return None
    dst = os.path.join(work, "pigz-src")
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns(".git", "*.o"))
    return dst


PIGZ_OBJS = ["pigz.o", "yarn.o", "try.o", "deflate.o", "blocksplitter.o", "tree.o", "lz77.o",
             "cache.o", "hash.o", "util.o", "squeeze.o", "katajainen.o", "symbols.o"]


def redis(weft, db, work):
    port = free_port()

    def load(p):
        wait_port(port)
        subprocess.run(["redis-benchmark", "-p", str(port), "-h", "127.0.0.1", "-q", "-n", "100000"],
                       stdout=subprocess.DEVNULL, check=True)
        subprocess.run(["redis-cli", "-p", str(port), "shutdown", "nosave"], capture_output=True)
    return measure(weft, db, ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                              "--appendonly", "no"], during=load, cwd=work)


def nginx(weft, db, work):
    port = free_port()
    root = os.path.join(work, "nginx")
    conf = nginx_site(root, port)

    def load(p):
        wait_port(port)
        subprocess.run(["wrk", "-t2", "-c50", "-d5s", "http://127.0.0.1:%d/" % port],
                       stdout=subprocess.DEVNULL, check=True, timeout=60)
        with open(os.path.join(root, "nginx.pid")) as f:
            os.kill(int(f.read()), signal.SIGQUIT)
    return measure(weft, db, ["nginx", "-p", root, "-c", conf], during=load, cwd=work)


def pigz_make(weft, db, work):
    src = pigz_tree(work)
    return measure(weft, db, ["make", "-j2", "-B"] + PIGZ_OBJS, cwd=src)


def python_io(weft, db, work):
    srv = subprocess.Popen([sys.executable, os.path.join(ROOT, "examples", "downloader", "serve.py"), "0"],
                           stdout=subprocess.PIPE, text=True)
    try:
        port = srv.stdout.readline().split()[1]
        return measure(weft, db, ["/usr/bin/python3", "-c", PY_IO, port], cwd=work)
    finally:
        srv.kill()
        srv.wait()


def prog(*cmd):
    return lambda weft, db, work: measure(weft, db, list(cmd), cwd=work)


def example(name):
    return lambda weft, db, work: measure(weft, db, [os.path.join(BIN, "weft-example-" + name)], cwd=work)


BIN = os.path.join(ROOT, "build", "bin")
CASES = {
    "dd": prog("dd", "if=/dev/zero", "of=/dev/null", "bs=4k", "count=300000", "status=none"),
    "oversub": lambda weft, db, work: measure(weft, db, [os.path.join(BIN, "analyzer-oversub")]),
    "redis": redis,
    "nginx": nginx,
    "make-pigz": pigz_make,
    "python-cpu": prog("/usr/bin/python3", "-c", PY_CPU),
    "python-io": python_io,
}
for _e in ("crunch-sequential", "crunch-threads", "crunch-procs", "counter-mutex", "counter-atomic",
           "greeter-threads", "coroutines", "channels", "two-locks"):
    CASES["ex-" + _e] = example(_e)


def med(rows, key):
    vals = [r[key] for r in rows if r[key] is not None]
    return statistics.median(vals) if vals else None


def main():
    global BIN
    ap = argparse.ArgumentParser()
    ap.add_argument("weft")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--work", default=None)
    ap.add_argument("cases", nargs="*")
    args = ap.parse_intermixed_args()
    args.weft = os.path.abspath(args.weft)
    BIN = os.path.dirname(args.weft)
    work = args.work or tempfile.mkdtemp(prefix="weft-kernel-")
    os.makedirs(work, exist_ok=True)
    print("| program | verdicts | threads (compared) | on CPU ms: weft / kernel | runnable ms: weft / kernel "
          "| worst thread | Σ running / time user+sys ms | machine busy: weft / /proc/stat |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name in args.cases or CASES:
        rows = []
        for i in range(args.runs):
            m = CASES[name](args.weft, os.path.join(work, "%s-%d.db" % (name, i)), work)
            if m["analysis"] is None:
                print("%s: weft analyze failed" % name, file=sys.stderr)
                continue
            r = compare(m)
            rows.append(r)
            print("%s run %d: %s" % (name, i, {k: (round(v, 3) if isinstance(v, float) else v)
                                              for k, v in r.items() if k != "evidence"}), file=sys.stderr)
            print("  evidence: %s" % "; ".join(r["evidence"][:3]), file=sys.stderr)
        if not rows:
            continue
        verdicts = ", ".join(sorted({r["verdict"] + ("/" + r["kind"] if r["kind"] else "") for r in rows}))
        mb = med(rows, "machine_busy_weft")
        print("| %s | %s | %d (%d) | %.0f / %.0f | %.0f / %.0f | %.1f%% | %.0f / %.0f | %s / %.0f%% |" % (
            name, verdicts, med(rows, "threads"), med(rows, "big"), med(rows, "cpu_weft"), med(rows, "cpu_kernel"),
            med(rows, "runq_weft"), med(rows, "runq_kernel"), 100 * med(rows, "worst"),
            med(rows, "cpu_all_weft"), med(rows, "time_cpu"),
            "%.0f%%" % (100 * mb) if mb is not None else "-", 100 * med(rows, "machine_busy_kernel")))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
