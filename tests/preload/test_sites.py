#!/usr/bin/env python3
"""Call sites in stripped binaries: a site is named only by a symbol that contains it (.symtab, else
.dynsym), never by the nearest exported one below; else module+offset.  On weft-test-sites stripped
in the test and on Debian's redis-server (stripped, -rdynamic)."""
import os
import shutil
import signal
import sqlite3
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
import cases  # noqa: E402
from cases import Skip, check  # noqa: E402
from servers import free_port, wait_port  # noqa: E402

A = None  # the command line (cases.main): weft, preload, prog
TMP = None  # this run's scratch directory


def env():
    return dict(os.environ, WEFT_PRELOAD=A.preload)


def write_sites(out):
    con = sqlite3.connect(f"file:{out}?mode=ro", uri=True)
    return con.execute("SELECT s.module, s.offset, s.symbol, s.file FROM events e JOIN sites s ON s.id = e.site_id "
                       "JOIN calls c ON c.id = e.call WHERE c.name = 'write'").fetchall()


def t_stripped():
    copies = {}
    for kind, strip in (("full", None), ("symtab", ["strip", "--strip-debug"]), ("bare", ["strip"])):
        path = os.path.join(TMP, "sites-" + kind)
        shutil.copy(A.prog, path)
        if strip:
            subprocess.run(strip + [path], check=True)
        out = os.path.join(TMP, kind + ".db")
        r = subprocess.run([A.weft, "run", "-q", "-o", out, "--threshold", "0", "--", path],
                           capture_output=True, text=True, env=env(), timeout=60)
        check(r.returncode == 0 and r.stdout == "sites\n", f"{kind}: {r.returncode} {r.stdout!r} {r.stderr}")
        copies[kind] = (path, write_sites(out))
    for kind, (path, sites) in copies.items():
        check(len(sites) == 1 and sites[0][0] == path, f"{kind}: one write from {path}: {sites}")
    check(copies["full"][1][0][2] == "quiet_write" and copies["full"][1][0][3].endswith("sites.c"),
          f"with DWARF: function and file {copies['full'][1]}")
    check(copies["symtab"][1][0][2] == "quiet_write", f".symtab names the static function: {copies['symtab'][1]}")
    # Stripped: addr2line says weft_sites_exported (the exported function just below); weft says nothing.
    a2l = subprocess.run(["addr2line", "-f", "-e", copies["bare"][0], hex(copies["bare"][1][0][1] - 1)],
                         capture_output=True, text=True).stdout.split("\n")[0]
    check(a2l == "weft_sites_exported", f"the trap this test is about is still there: addr2line says {a2l}")
    check(copies["bare"][1][0][2] is None, f"stripped: no name, module+offset: {copies['bare'][1]}")


def dynsyms(path):
    """(value, size, name) of every defined function or object in .dynsym."""
    out = subprocess.run(["nm", "-D", "--defined-only", "-S", path], capture_output=True, text=True).stdout
    syms = []
    for line in out.splitlines():
        f = line.split()
        if len(f) == 4 and f[2] in "TtWwDdBbRrVv":
            syms.append((int(f[0], 16), int(f[1], 16), f[3].split("@")[0]))
    return syms


def t_redis():
    """redis-server is stripped and exports most of its functions: every named site lies inside its symbol."""
    server = shutil.which("redis-server")
    if not server or not shutil.which("redis-benchmark") or not shutil.which("redis-cli"):
        raise Skip("redis is not installed (scripts/bootstrap --test)")
    port = free_port()
    out = os.path.join(TMP, "redis.db")
    p = subprocess.Popen([A.weft, "run", "-q", "-o", out, "--threshold", "0", "--", server, "--port", str(port),
                          "--save", "", "--appendonly", "no", "--bind", "127.0.0.1", "--dir", TMP],
                         env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_port(port)
        b = subprocess.run(["redis-benchmark", "-p", str(port), "-n", "2000", "-q", "-t", "set,get"],
                           capture_output=True, text=True, timeout=60)
        check(b.returncode == 0, f"benchmark failed: {b.stdout} {b.stderr}")
    finally:
        subprocess.run(["redis-cli", "-p", str(port), "shutdown", "nosave"], capture_output=True)
        try:
            rc = p.wait(timeout=60)
        except subprocess.TimeoutExpired:
            p.send_signal(signal.SIGKILL)
            raise
    check(rc == 0, f"weft run (redis) returned {rc}: {p.stderr.read()}")
    exe = os.path.realpath(server)  # Debian's redis-server is a link to redis-check-rdb
    con = sqlite3.connect(f"file:{out}?mode=ro", uri=True)
    # The module is named by the path that was run; its symbols are the file's.
    sites = con.execute("SELECT DISTINCT s.offset, s.symbol FROM sites s WHERE s.module = ?", (server,)).fetchall()
    check(len(sites) > 0, f"sites in {server} (the path run; the file is {exe})")
    syms = {}
    for v, size, name in dynsyms(exe):
        syms.setdefault(name, []).append((v, size))
    named = 0
    for off, sym in sites:
        if sym is None:
            continue
        named += 1
        check(any(v <= off - 1 < v + max(size, 1) for v, size in syms.get(sym, [])),
              f"site {exe}+{off:#x} named {sym}, which does not contain it")
    writes = con.execute("SELECT count(*) FROM events e JOIN sites s ON s.id = e.site_id JOIN calls c ON c.id = e.call "
                         "WHERE c.name IN ('write', 'writev') AND s.module = ?", (server,)).fetchone()[0]
    check(writes > 0, "redis's writes have sites in its executable")
    print(f"redis: {len(sites)} sites in {exe}, {named} named by a symbol that contains them")


if __name__ == "__main__":
    sys.exit(cases.main_module(globals(), "weft-sites-test-"))
