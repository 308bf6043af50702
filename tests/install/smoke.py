"""weft as installed: `cmake --install` into a DESTDIR prefix (mode prefix), or the .deb built by
cpack and unpacked (mode deb); the installed weft must trace, analyze, report and check from /
with a bare environment, LD_PRELOAD by hand must work, and pkg-config must find weft.h."""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time

SKIP = 77


class Failure(Exception):
    pass


class Missing(Exception):
    pass


def check(cond, message):
    if not cond:
        raise Failure(message)


def run(argv, env=None, cwd="/", timeout=120, expect=0):
    p = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    if expect is not None and p.returncode != expect:
        raise Failure(f"{' '.join(argv)}: exit {p.returncode}, expected {expect}\n"
                      f"stdout: {p.stdout[-2000:]}\nstderr: {p.stderr[-2000:]}")
    return p


def need(tool):
    if not shutil.which(tool):
        raise Missing(tool)


def install_prefix(a):
    """DESTDIR and a prefix nobody uses: both must be kept apart and neither may matter."""
    dest = os.path.join(a.work, "destdir")
    env = dict(os.environ, DESTDIR=dest)
    run(["cmake", "--install", a.build, "--prefix", "/opt/weft-smoke"], env=env)
    return os.path.join(dest, "opt/weft-smoke")


def install_deb(a):
    """cpack's .deb, its computed Depends, then unpacked the way dpkg would lay it out."""
    for t in ("cpack", "dpkg-deb", "dpkg-shlibdeps"):
        need(t)
    out = os.path.join(a.work, "pkg")
    run(["cpack", "-G", "DEB", "-B", out, "--config", os.path.join(a.build, "CPackConfig.cmake")],
        cwd=a.build, timeout=170)
    debs = [f for f in os.listdir(out) if f.startswith("weft_") and f.endswith(".deb")]
    check(len(debs) == 1, f"one weft_*.deb in {out}, found {debs}")
    deb = os.path.join(out, debs[0])
    check(debs[0].startswith(f"weft_{a.version}_"), f"{debs[0]} is named weft_{a.version}_<arch>.deb")
    depends = run(["dpkg-deb", "-f", deb, "Depends"]).stdout
    for lib in ("libc6", "libsqlite3-0"):
        check(lib in depends, f"Depends names {lib} (shlibdeps): {depends!r}")
    rec = run(["dpkg-deb", "-f", deb, "Recommends"]).stdout
    check("libclang" in rec, f"Recommends names libclang (weft check dlopens it): {rec!r}")
    root = os.path.join(a.work, "root")
    run(["dpkg-deb", "-x", deb, root])
    return os.path.join(root, "usr")


def bare_env(a, **extra):
    """No WEFT_*, no LD_PRELOAD, no build tree on PATH: what a new user's shell has."""
    env = {"PATH": "/usr/bin:/bin", "HOME": a.work, "LANG": "C.UTF-8"}
    env.update(extra)
    return env


def smoke(a, prefix):
    weft = os.path.join(prefix, "bin/weft")
    preload = os.path.join(prefix, a.pkglibdir, "libweft-preload.so")
    check(os.access(weft, os.X_OK), f"{weft} is installed")
    check(os.path.isfile(preload), f"{preload} is installed")
    for page in ("weft", "weft-run", "weft-analyze", "weft-report", "weft-export", "weft-check"):
        check(os.path.isfile(os.path.join(prefix, "share/man/man1", page + ".1")), f"man page {page}.1")
    for doc in ("README.md", "DESIGN.md", "LICENSE", "docs/trace-schema.md"):
        check(os.path.isfile(os.path.join(prefix, "share/doc/weft", doc)), f"share/doc/weft/{doc}")
    env = bare_env(a)

    v = run([weft, "--version"], env=env).stdout
    check(v.strip() == f"weft {a.version}", f"weft --version: {v!r}")

    # Traced from /, the library found beside the installed weft (the build tree's lib/ is
    # not where an installed weft looks first, and WEFT_PRELOAD is not set).
    db = os.path.join(a.work, "trace.db")
    run([weft, "run", "-q", "-o", db, "--", a.example], env=env)
    check(os.path.isfile(db), f"weft run wrote {db}")
    an = json.loads(run([weft, "analyze", "--format", "json", db], env=env).stdout)
    check(an.get("verdict"), f"weft analyze gives a verdict: {list(an)}")
    html = os.path.join(a.work, "timeline.html")
    run([weft, "report", db, "-o", html], env=env)
    check("<html" in open(html, encoding="utf-8").read(4096).lower(), f"{html} is a page")

    # LD_PRELOAD by hand: the library starts the installed weft's collector itself.
    db2 = os.path.join(a.work, "by-hand.db")
    run([a.example], env=bare_env(a, LD_PRELOAD=preload, WEFT_OUT=db2))
    deadline = time.time() + 30
    while time.time() < deadline and (not os.path.exists(db2) or os.path.exists(db2 + ".partial")):
        time.sleep(0.1)
    check(os.path.isfile(db2) and not os.path.exists(db2 + ".partial"),
          f"LD_PRELOAD={preload} WEFT_OUT={db2} wrote a complete trace")
    run([weft, "analyze", db2], env=env)

    # weft check with libclang as installed (Recommends), and without it: one line, exit 2.
    racy = os.path.join(a.src, "examples/counter/racy.c")
    p = run([weft, "check", "--no-cache", racy], env=env, expect=1)
    check("[weft-race]" in p.stdout, f"weft check finds the race in racy.c: {p.stdout!r}")
    p = run([weft, "check", "--no-cache", racy], env=bare_env(a, WEFT_LIBCLANG="/nonexistent/libclang.so"),
            expect=2)
    lines = p.stderr.strip().splitlines()
    check(len(lines) == 1 and "libclang" in lines[0], f"without libclang: one line naming it: {p.stderr!r}")

    # pkg-config finds weft.h wherever the tree is (the .pc's prefix is relative to itself).
    need("pkg-config")
    pc_env = bare_env(a, PKG_CONFIG_PATH=os.path.join(prefix, "share/pkgconfig"))
    cflags = run(["pkg-config", "--cflags", "weft"], env=pc_env).stdout.split()
    incs = [f[2:] for f in cflags if f.startswith("-I")]
    check(any(os.path.isfile(os.path.join(i, "weft.h")) for i in incs), f"pkg-config --cflags weft: {cflags}")
    if shutil.which("cc"):
        src = os.path.join(a.work, "annotated.c")
        with open(src, "w") as f:
            f.write('#include "weft.h"\nint main(void) { weft_mark("smoke", 1); return 0; }\n')
        run(["cc", *cflags, src, "-o", os.path.join(a.work, "annotated")], env=env)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["prefix", "deb"])
    ap.add_argument("--build", required=True)
    ap.add_argument("--src", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--version", required=True)
    ap.add_argument("--example", required=True)
    ap.add_argument("--pkglibdir", required=True, help="where the preload goes, relative to the prefix")
    a = ap.parse_args()
    shutil.rmtree(a.work, ignore_errors=True)
    os.makedirs(a.work)
    try:
        prefix = install_prefix(a) if a.mode == "prefix" else install_deb(a)
        smoke(a, prefix)
    except Missing as e:
        print(f"SKIP install.{a.mode}: {e} is not installed")
        return SKIP
    except Failure as e:
        print(f"FAIL install.{a.mode}: {e}")
        return 1
    print(f"PASS install.{a.mode}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
