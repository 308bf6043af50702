"""greeter: the sequential greeter waits 3 s in a row; the threaded one overlaps three 1 s waits."""
from weftexample import (analyze, check, check_verdict, count_rows, main, peak_overlap, query,
                         run_traced, wall_s)


def test(env):
    db, _ = run_traced(env, "greeter-sequential")
    a = analyze(env, db)
    check_verdict(a, "idle")
    check(wall_s(a) >= 2.9, f"sequential wall {wall_s(a):.2f} s, expected >= 3 s of sleeps")
    check(count_rows(db, "threads") == 1, "sequential greeter should have one thread")

    db, _ = run_traced(env, "greeter-threads")
    a = analyze(env, db)
    check_verdict(a, "idle")
    check(wall_s(a) < 1.8, f"threaded wall {wall_s(a):.2f} s, expected about 1 s, not 3")
    check(count_rows(db, "threads") == 4, "threaded greeter should have main + 3 threads")
    routines = [r[0] for r in query(db, "SELECT start_routine FROM threads WHERE creator_tid IS NOT NULL")]
    check(routines == ["greet"] * 3, f"thread start routines {routines}, expected greet x 3")
    overlap = peak_overlap(db, "category = 'sleep'")
    check(overlap == 3, f"{overlap} threads slept at the same time, expected all 3")


if __name__ == "__main__":
    main(test)
