"""Shared by the report checks: prints one ok/FAIL line per check and exits non-zero when any failed."""
import base64
import sys

_fails = 0


def check(ok, what):
    global _fails
    print(("ok   " if ok else "FAIL ") + what)
    _fails += 0 if ok else 1


def done():
    sys.exit(1 if _fails else 0)


def unpack(text):
    """A packed column of the timeline data: base64 of zigzag varints (timeline_data.c, weft__json_packed)."""
    out, v, shift = [], 0, 0
    for b in base64.b64decode(text):
        v |= (b & 127) << shift
        shift += 7
        if b < 128:
            out.append(-((v + 1) >> 1) if v & 1 else v >> 1)
            v, shift = 0, 0
    return out
