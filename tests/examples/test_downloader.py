"""downloader: all four versions are network-bound; the concurrent ones overlap their waits
and beat the sequential wall time."""
from weftexample import (analyze, check, check_verdict, count_rows, http_server, main,
                         peak_overlap, call_count, run_traced, scalar, wall_s)

# Waits of a downloader: network I/O on TCP sockets, or the event loop's poll.
NET_WAIT = "fd_kind_name = 'tcp' OR category = 'poll'"


def test(env):
    with http_server(env) as port:
        walls = {}
        for v in ("sequential", "pool", "epoll", "procs"):
            db, _ = run_traced(env, "downloader-" + v, [str(port)])
            a = analyze(env, db)
            check_verdict(a, "io-bound", "network")
            walls[v] = wall_s(a)
            if v == "pool":
                check(count_rows(db, "threads") == 6, "pool: expected main + 5 worker threads")
                n = peak_overlap(db, NET_WAIT, by="tid")
                check(n >= 2, f"pool: at most {n} thread(s) waited on the network at once")
            if v == "epoll":
                check(count_rows(db, "threads") == 1, "epoll: expected a single thread")
                n = call_count(db, "epoll_wait")
                check(n >= 1, "epoll: no epoll_wait recorded")
            if v == "procs":
                n = scalar(db, "SELECT COUNT(*) FROM processes")
                check(n == 5, f"procs: {n} processes traced, expected parent + 4 workers")
                n = peak_overlap(db, NET_WAIT, by="pid")
                check(n >= 2, f"procs: at most {n} process(es) waited on the network at once")
    for v in ("pool", "epoll", "procs"):
        check(walls[v] < 0.7 * walls["sequential"],
              f"{v} took {walls[v]:.2f} s, not clearly faster than sequential's "
              f"{walls['sequential']:.2f} s")


if __name__ == "__main__":
    main(test)
