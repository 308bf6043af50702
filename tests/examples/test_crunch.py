"""crunch: CPU-bound in all three versions; the threads and procs versions keep both cores busy."""
from weftexample import analyze, check, check_verdict, count_rows, main, run_traced, wall_s


def test(env):
    walls = {}
    for v, threads, procs in (("sequential", 1, 1), ("threads", 3, 1), ("procs", 3, 3)):
        db, _ = run_traced(env, "crunch-" + v)
        a = analyze(env, db)
        check_verdict(a, "cpu-bound")
        walls[v] = wall_s(a)
        check(count_rows(db, "threads") == threads, f"{v}: expected {threads} thread(s)")
        check(count_rows(db, "processes") == procs, f"{v}: expected {procs} process(es)")
        mean = a["parallelism"]["mean"]
        if v == "sequential":
            check(mean < 1.3, f"sequential: parallelism mean {mean}, expected about 1")
        else:
            check(mean > 1.5, f"{v}: parallelism mean {mean}, expected about 2 on 2 cores")
    for v in ("threads", "procs"):
        check(walls[v] < 0.8 * walls["sequential"],
              f"{v} took {walls[v]:.2f} s, sequential {walls['sequential']:.2f} s")


if __name__ == "__main__":
    main(test)
