"""Shared by the report checks: prints one ok/FAIL line per check and exits non-zero when any failed."""
import sys

_fails = 0


def check(ok, what):
    global _fails
    print(("ok   " if ok else "FAIL ") + what)
    _fails += 0 if ok else 1


def done():
    sys.exit(1 if _fails else 0)
