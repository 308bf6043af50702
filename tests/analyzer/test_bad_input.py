#!/usr/bin/env python3
"""Bad input found on the way (issue 12): a truncated trace is "damaged" in one clean line, exit 2;
`weft run -o` on a read-only file system says EROFS, not ENOENT."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
import cases  # noqa: E402
from cases import Skip, check  # noqa: E402

A = None  # the command line (cases.main): weft, preload, prog
TMP = None  # this run's scratch directory


def env():
    return dict(os.environ, WEFT_PRELOAD=A.preload)


def one_clean_line(err, what):
    lines = err.splitlines()
    check(len(lines) == 1, f"{what}: one line, got {err!r}")
    check(all(32 <= ord(ch) < 127 for ch in lines[0]), f"{what}: printable text only (no freed memory): {err!r}")
    return lines[0]


def t_truncated():
    real = os.path.join(TMP, "real.db")
    r = subprocess.run([A.weft, "run", "-q", "-o", real, "--threshold", "0", "--", A.prog, "timeouts"],
                       capture_output=True, text=True, env=env(), timeout=60)
    check(r.returncode == 0, f"weft run: {r.returncode} {r.stderr}")
    data = open(real, "rb").read()
    check(len(data) > 16384, f"a real trace of some size: {len(data)} bytes")
    for keep in (4096, len(data) // 2, len(data) - 4096):
        cut = os.path.join(TMP, f"cut{keep}.db")
        with open(cut, "wb") as f:
            f.write(data[:keep])
        for cmd in (["analyze", cut], ["export", "--format", "perfetto", "-o", cut + ".json", cut]):
            r = subprocess.run([A.weft] + cmd, capture_output=True, text=True, timeout=60)
            check(r.returncode == 2, f"{cmd[0]} on {keep} of {len(data)} bytes: exit {r.returncode}")
            line = one_clean_line(r.stderr, f"{cmd[0]} on {keep} bytes")
            check(line.startswith(f"weft {cmd[0]}: {cut}: damaged weft trace"), f"{cmd[0]}: {line}")
        check(not os.path.exists(cut + ".json"), "nothing written from a damaged trace")


def t_readonly_output():
    ro = os.path.join(TMP, "ro")
    os.mkdir(ro)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "ro", "tmpfs", ro], capture_output=True).returncode != 0:
        raise Skip("cannot mount a read-only tmpfs here (not root, or no CAP_SYS_ADMIN)")
    try:
        marker = os.path.join(TMP, "ran")
        r = subprocess.run([A.weft, "run", "-o", os.path.join(ro, "t.db"), "--", "touch", marker],
                           capture_output=True, text=True, env=env(), timeout=60)
        check(r.returncode == 2, f"exit {r.returncode}")
        line = one_clean_line(r.stderr, "weft run -o on a read-only fs")
        check(line == f"weft: cannot write {ro}/t.db: Read-only file system", line)
        check(not os.path.exists(marker), "the program did not run")
    finally:
        subprocess.run(["umount", ro], capture_output=True)


if __name__ == "__main__":
    sys.exit(cases.main_module(globals(), "weft-bad-input-test-"))
