"""coroutines: two coroutines interleave on one thread; the run takes the longest task's
time (0.6 s), not the sum (1.0 s)."""
from weftexample import (analyze, check, check_coroutine_entries,
                         check_coroutines_interleave, count_rows, main,
                         run_traced, wall_s)


def test(env):
    db, _ = run_traced(env, "coroutines")
    a = analyze(env, db)
    check(count_rows(db, "threads") == 1, "expected one OS thread")
    check_coroutines_interleave(db, a)
    check_coroutine_entries(db, ["upload_files", "send_emails"])
    check(0.55 <= wall_s(a) < 0.85, f"wall {wall_s(a):.2f} s, expected about 0.6 s (not 1.0 s)")


if __name__ == "__main__":
    main(test)
