"""counter: weft check finds the race on `counter` in racy.c only; the mutex version's lock
is contended in the trace."""
import json
import os
import re

from weftexample import Failure, weft_cmd, analyze, check, main, run_traced


def weft_check(env, name):
    src = os.path.join(env.src, "examples", "counter", name)
    p = weft_cmd(env, ["check", "--format", "json", src])
    try:
        return p.returncode, json.loads(p.stdout)
    except json.JSONDecodeError:
        raise Failure(f"weft check {name} exited {p.returncode} without JSON: {p.stderr.strip()}")


def test(env):
    rc, out = weft_check(env, "racy.c")
    check(rc == 1, f"weft check racy.c exited {rc}, expected 1 (findings)")
    races = [f for f in out["findings"] if f.get("variable") == "counter"]
    check(len(races) >= 1, f"no finding on 'counter' in racy.c: {out['findings']}")
    accesses = races[0]["accesses"]
    check(len(accesses) == 2, f"race on counter has {len(accesses)} accesses, expected 2")
    check(any(x["kind"] == "write" for x in accesses), "neither access is a write")
    check(all(x["file"].endswith("racy.c") for x in accesses), f"accesses: {accesses}")
    for name in ("mutex.c", "atomic.c"):
        rc, out = weft_check(env, name)
        check(rc == 0 and not out["findings"],
              f"weft check {name} exited {rc} with findings {out['findings']}, expected none")

    # The racy run loses a varying number of updates: compare its output's shape only.
    run_traced(env, "counter-racy", normalize=lambda s: re.sub(r"counter = \d+", "counter = N", s))
    db, _ = run_traced(env, "counter-mutex")
    a = analyze(env, db)
    contended = [lk for lk in a["locks"] if lk["contended"] > 0]
    check(contended, f"no contended lock in the mutex counter: {a['locks']}")
    named = [lk for lk in contended if lk.get("name") == "counter_lock"]
    check(named, f"contended locks are not named counter_lock: {[lk.get('name') for lk in contended]}")


if __name__ == "__main__":
    main(test)
