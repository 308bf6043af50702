"""pth: GNU Pth's user-space threads, traced unmodified, appear as coroutines on one OS thread,
named by the function given to pth_spawn."""
from weftexample import (analyze, check, check_coroutine_entries,
                         check_coroutines_interleave, count_rows, main,
                         run_traced)


def by_task(out):
    """Each task's lines in their order: which task prints first when their naps end close
    together (50 ms apart) depends on how busy the machine is, traced or not."""
    return sorted(out.splitlines(), key=lambda line: line.split(":")[0])


def test(env):
    db, _ = run_traced(env, "pth", normalize=by_task)
    a = analyze(env, db)
    check(count_rows(db, "threads") == 1, "Pth threads should all run on one OS thread")
    check_coroutines_interleave(db, a)
    check_coroutine_entries(db, ["run_job", "run_job"])


if __name__ == "__main__":
    main(test)
