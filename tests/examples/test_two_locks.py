"""two-locks: a run that does not deadlock still shows the lock_a/lock_b order cycle, with the
call sites in both workers."""
from weftexample import analyze, check, main, run_traced


def test(env):
    db, _ = run_traced(env, "two-locks")
    a = analyze(env, db)
    cycles = a["lock_order_cycles"]
    check(len(cycles) == 1, f"{len(cycles)} lock-order cycle(s), expected 1: {cycles}")
    cycle = cycles[0]
    check(sorted(cycle["locks"]) == ["lock_a", "lock_b"], f"cycle over {cycle['locks']}")
    edges = cycle["edges"]
    check(len(edges) == 2 and len({e["tid"] for e in edges}) == 2,
          f"expected two edges from two threads: {edges}")
    order = {(e["held"], e["acquired"]): e for e in edges}
    for held, acquired, worker in (("lock_a", "lock_b", "worker1"), ("lock_b", "lock_a", "worker2")):
        e = order.get((held, acquired))
        check(e is not None, f"no edge {held} -> {acquired}: {edges}")
        for site in (e["held_site"], e["acquired_site"]):
            check(site and "two_locks.c" in site and worker in site,
                  f"{held} -> {acquired}: site {site!r} should name two_locks.c and {worker}")


if __name__ == "__main__":
    main(test)
