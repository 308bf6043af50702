"""pth: GNU Pth's user-space threads, traced unmodified, appear as coroutines on one OS thread,
named by the function given to pth_spawn."""
from weftexample import (analyze, check, check_coroutine_entries,
                         check_coroutines_interleave, count_rows, main,
                         run_traced)


def test(env):
    db, _ = run_traced(env, "pth")
    a = analyze(env, db)
    check(count_rows(db, "threads") == 1, "Pth threads should all run on one OS thread")
    check_coroutines_interleave(db, a)
    check_coroutine_entries(db, ["run_job", "run_job"])


if __name__ == "__main__":
    main(test)
