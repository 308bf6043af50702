"""crunch: CPU-bound in all three versions; the threads and procs versions keep both cores busy."""
from weftexample import analyze, check, check_verdict, count_rows, main, run_traced, wall_s


def test(env):
    walls, cpus = {}, {}
    for v, threads, procs in (("sequential", 1, 1), ("threads", 3, 1), ("procs", 3, 3)):
        db, traced = run_traced(env, "crunch-" + v)
        a = analyze(env, db)
        check_verdict(a, "cpu-bound")
        walls[v] = wall_s(a)
        cpus[v] = traced.cpu_s
        check(count_rows(db, "threads") == threads, f"{v}: expected {threads} thread(s)")
        check(count_rows(db, "processes") == procs, f"{v}: expected {procs} process(es)")
        mean = a["parallelism"]["mean"]
        # What the kernel says the run got: CPU seconds per wall second.  weft's parallelism
        # must agree with it, whatever else the machine was doing.
        cores = traced.cpu_s / walls[v]
        check(abs(mean - cores) < 0.25 + 0.2 * cores,
              f"{v}: parallelism mean {mean:.2f}, but the kernel counted {cores:.2f} cores busy")
        if v == "sequential":
            check(mean < 1.3, f"sequential: parallelism mean {mean}, expected about 1")
        elif cores > 1.7:
            check(mean > 1.5, f"{v}: parallelism mean {mean}, expected about 2 on 2 cores")
            # The same work split over two cores ends sooner, unless the cores themselves ran
            # slower than during the sequential run (the kernel counted far more CPU seconds
            # for the same work: a VM's neighbours): then the wall times do not compare.
            if cpus[v] < 1.4 * cpus["sequential"]:
                check(walls[v] < 0.8 * walls["sequential"],
                      f"{v} took {walls[v]:.2f} s, sequential {walls['sequential']:.2f} s")
            else:
                print(f"note: {v} needed {cpus[v]:.2f} CPU s against the sequential run's "
                      f"{cpus['sequential']:.2f} s for the same work; the wall times were not compared")
        else:
            # Other work held a core: the run could not use two, and weft said so above.
            print(f"note: {v} got only {cores:.2f} cores from a busy machine; "
                  f"the 2-core claims were not checked")


if __name__ == "__main__":
    main(test)
