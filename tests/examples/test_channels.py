"""channels: the pipeline's three stages run as threads and every value crosses two channels,
recorded as chan_send / chan_recv annotations."""
from weftexample import analyze, check, count_rows, main, query, run_traced

ITEMS = 10  # examples/channels/pipeline.c


def test(env):
    db, traced = run_traced(env, "channels")
    check(traced.stdout.split() == [str(n * n) for n in range(1, ITEMS + 1)],
          f"pipeline printed {traced.stdout!r}")
    analyze(env, db)
    check(count_rows(db, "threads") == 4, "expected main + producer, squarer, printer")
    for call in ("chan_send", "chan_recv"):
        rows = query(db, "SELECT obj, tid FROM events_named WHERE call_name = ?", (call,))
        check(len(rows) == 2 * ITEMS, f"{len(rows)} {call} events, expected {2 * ITEMS}")
        channels = {r[0] for r in rows}
        check(len(channels) == 2, f"{call} on {len(channels)} channel(s), expected 2")
    tasks = query(db, "SELECT DISTINCT tid FROM events_named WHERE call_name = 'task_begin'")
    check(len(tasks) == 3, f"task_begin on {len(tasks)} thread(s), expected 3")


if __name__ == "__main__":
    main(test)
