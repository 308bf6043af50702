/* Unit tests: per-thread states, short calls, CPU honesty and the parallelism profile over synthetic traces. */
#include "analysis_model.h"
#include "fixture.h"
#include "weft_analysis.h"
#include "weft_calls.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#define NUL INT64_MIN

static uint64_t sum_states(const struct weft_an_thread *t)
{
    uint64_t s = 0;
    for (int i = 0; i < WEFT_ST_COUNT; i++)
        s += t->states[i];
    return s;
}

static int has_line(char **v, size_t n, const char *needle)
{
    for (size_t i = 0; i < n; i++)
        if (strstr(v[i], needle))
            return 1;
    return 0;
}

/* One wait of every kind, separated by equal gaps: each lands in its own state. */
static void test_each_state(void **unused)
{
    (void)unused;
    static const struct {
        int call, fd_kind;
        enum weft_state state;
    } waits[] = {
        {WEFT_CALL_READ, WEFT_FD_FILE, WEFT_ST_FILE_IO},
        {WEFT_CALL_RECV, WEFT_FD_TCP, WEFT_ST_NET_IO},
        {WEFT_CALL_READ, WEFT_FD_PIPE, WEFT_ST_IPC_IO},
        {WEFT_CALL_EPOLL_WAIT, WEFT_FD_NONE, WEFT_ST_POLL},
        {WEFT_CALL_PTHREAD_MUTEX_LOCK, WEFT_FD_NONE, WEFT_ST_LOCK},
        {WEFT_CALL_PTHREAD_COND_WAIT, WEFT_FD_NONE, WEFT_ST_COND},
        {WEFT_CALL_PTHREAD_JOIN, WEFT_FD_NONE, WEFT_ST_JOIN},
        {WEFT_CALL_WAITPID, WEFT_FD_NONE, WEFT_ST_CHILD},
        {WEFT_CALL_NANOSLEEP, WEFT_FD_NONE, WEFT_ST_SLEEP},
    };
    const int n = sizeof(waits) / sizeof(waits[0]);
    const int64_t gap = 10000;
    struct fx fx;
    fx_create(&fx);
    int64_t life = 0;
    for (int i = 0; i < n; i++)
        life += gap + 1000 * (i + 1);
    life += gap;
    int64_t gaps = gap * (n + 1), cpu = gaps / 2;
    int64_t p = fx_process(&fx, 100, 0, life);
    int64_t t = fx_thread(&fx, p, 100, 0, life, cpu);
    int64_t ts = 0;
    for (int i = 0; i < n; i++) {
        ts += gap;
        fx_event(&fx, t, ts, 1000 * (i + 1), waits[i].call, waits[i].fd_kind, 3, 1, NUL);
        ts += 1000 * (i + 1);
    }
    struct weft_analysis *a = fx_analyze(&fx);
    assert_int_equal(a->nthreads, 1);
    const struct weft_an_thread *th = &a->threads[0];
    for (int i = 0; i < n; i++)
        assert_int_equal(th->states[waits[i].state], 1000 * (i + 1));
    assert_int_equal(th->states[WEFT_ST_RUNNING], cpu);
    assert_int_equal(th->states[WEFT_ST_UNEXPLAINED], gaps - cpu);
    assert_int_equal(th->states[WEFT_ST_RUNNABLE], 0);
    assert_int_equal(sum_states(th), life);
    assert_true(has_line(a->notes, a->nnotes, "runnable"));
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* Nested and overlapping events on one thread: every nanosecond is counted once. */
static void test_overlap_counted_once(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    int64_t p = fx_process(&fx, 100, 0, 2000);
    int64_t t = fx_thread(&fx, p, 100, 0, 2000, 0);
    fx_event(&fx, t, 100, 1000, WEFT_CALL_PTHREAD_MUTEX_LOCK, WEFT_FD_NONE, 1, 0, NUL);
    fx_event(&fx, t, 500, 200, WEFT_CALL_READ, WEFT_FD_FILE, 3, 1, NUL);      /* inside */
    fx_event(&fx, t, 1000, 500, WEFT_CALL_NANOSLEEP, WEFT_FD_NONE, 0, 0, NUL); /* overlaps */
    struct weft_analysis *a = fx_analyze(&fx);
    const struct weft_an_thread *th = &a->threads[0];
    assert_int_equal(th->states[WEFT_ST_LOCK], 1000);
    assert_int_equal(th->states[WEFT_ST_FILE_IO], 0);
    assert_int_equal(th->states[WEFT_ST_SLEEP], 400);
    assert_int_equal(th->states[WEFT_ST_UNEXPLAINED], 600);
    assert_int_equal(sum_states(th), 2000);
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* Calls below the threshold exist only in call_counts: their time moves out of the gaps. */
static void test_short_calls(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    int64_t p = fx_process(&fx, 100, 0, 1000000);
    int64_t t = fx_thread(&fx, p, 100, 0, 1000000, 2000000);
    fx_event(&fx, t, 1000, 100000, WEFT_CALL_RECV, WEFT_FD_TCP, 5, 10, NUL);
    fx_call_count(&fx, t, WEFT_CALL_RECV, 101, 150000, 1);
    fx_call_count(&fx, t, WEFT_CALL_NANOSLEEP, 10, 20000, 0);
    struct weft_analysis *a = fx_analyze(&fx);
    const struct weft_an_thread *th = &a->threads[0];
    assert_int_equal(th->states[WEFT_ST_NET_IO], 150000);
    assert_int_equal(th->states[WEFT_ST_SLEEP], 20000);
    assert_int_equal(th->states[WEFT_ST_RUNNING], 1000000 - 150000 - 20000);
    assert_int_equal(th->states[WEFT_ST_UNEXPLAINED], 0);
    assert_int_equal(sum_states(th), 1000000);
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* Short calls that claim more than the gaps are scaled into them; the sum still holds. */
static void test_short_calls_capped(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    int64_t p = fx_process(&fx, 100, 0, 100000);
    int64_t t = fx_thread(&fx, p, 100, 0, 100000, 50000);
    fx_event(&fx, t, 0, 50000, WEFT_CALL_WRITE, WEFT_FD_FILE, 4, 1, NUL);
    fx_call_count(&fx, t, WEFT_CALL_WRITE, 1000, 50000 + 200000, 1);
    struct weft_analysis *a = fx_analyze(&fx);
    const struct weft_an_thread *th = &a->threads[0];
    assert_int_equal(th->states[WEFT_ST_FILE_IO], 100000);
    assert_int_equal(th->states[WEFT_ST_RUNNING], 0);
    assert_int_equal(sum_states(th), 100000);
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* Time between calls is running only up to the CPU time the thread used. */
static void test_cpu_honesty(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    int64_t p = fx_process(&fx, 100, 0, 1000000);
    fx_thread(&fx, p, 100, 0, 1000000, 400000);
    fx_thread(&fx, p, 101, 0, 1000000, NUL);
    struct weft_analysis *a = fx_analyze(&fx);
    assert_int_equal(a->threads[0].states[WEFT_ST_RUNNING], 400000);
    assert_int_equal(a->threads[0].states[WEFT_ST_UNEXPLAINED], 600000);
    /* Unknown CPU time: nothing shows the thread ran; the output says so. */
    assert_int_equal(a->threads[1].states[WEFT_ST_RUNNING], 0);
    assert_int_equal(a->threads[1].states[WEFT_ST_UNEXPLAINED], 1000000);
    assert_true(has_line(a->notes, a->nnotes, "CPU time unknown for 1 thread"));
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* A thread with no recorded end ends with its process (incomplete traces). */
static void test_unknown_end(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    int64_t p = fx_process(&fx, 100, 0, 5000);
    int64_t t = fx_thread(&fx, p, 100, 0, NUL, NUL);
    fx_event(&fx, t, 1000, 1000, WEFT_CALL_NANOSLEEP, WEFT_FD_NONE, 0, 0, NUL);
    struct weft_analysis *a = fx_analyze(&fx);
    assert_int_equal(a->threads[0].life_end, 5000);
    assert_int_equal(sum_states(&a->threads[0]), 5000);
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* A forked child's main thread registers late; it still lives from its process's start. */
static void test_main_thread_from_process_start(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    int64_t p = fx_process(&fx, 100, 1000, 9000);
    fx_thread(&fx, p, 100, 8000, 9000, 7000);
    fx_thread(&fx, p, 101, 8000, 9000, 0); /* not the main thread: its own start */
    struct weft_analysis *a = fx_analyze(&fx);
    assert_int_equal(a->threads[0].life_start, 1000);
    assert_int_equal(a->threads[0].states[WEFT_ST_RUNNING], 7000);
    assert_int_equal(a->threads[1].life_start, 8000);
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* Two threads run together for the first half, one alone for the second. */
static void test_parallelism(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    fx_meta(&fx, "start_ns", "0");
    fx_meta(&fx, "end_ns", "2000000");
    int64_t p = fx_process(&fx, 100, 0, 2000000);
    fx_thread(&fx, p, 100, 0, 2000000, 2000000);
    int64_t b = fx_thread(&fx, p, 101, 0, 2000000, 1000000);
    fx_event(&fx, b, 1000000, 1000000, WEFT_CALL_NANOSLEEP, WEFT_FD_NONE, 0, 0, NUL);
    struct weft_analysis *a = fx_analyze(&fx);
    assert_true(a->par.mean > 1.49 && a->par.mean < 1.51);
    assert_true(a->par.max == 2);
    assert_true(a->par.nhist == 3);
    assert_true(a->par.hist[0] < 0.01);
    assert_true(a->par.hist[1] > 0.49 && a->par.hist[1] < 0.51);
    assert_true(a->par.hist[2] > 0.49 && a->par.hist[2] < 0.51);
    assert_true(a->par.serial_share > 0.49 && a->par.serial_share < 0.51);
    assert_true(a->par.busy_share > 0.99);
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* A thread that switches between two coroutines: each gets its active time and waits. */
static void test_coroutines(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    int64_t p = fx_process(&fx, 100, 0, 10000);
    int64_t t = fx_thread(&fx, p, 100, 0, 10000, 10000);
    fx_sql(&fx, "INSERT INTO coroutines (id, process_id, pid, key, entry, created_ns) VALUES "
                "(1, 1, 100, 4096, 'upload', 0), (2, 1, 100, 8192, 'download', 0)");
    /* coroutine 1 runs 0..4000 (sleeps 1000 of it), then 2 runs 4000..10000 */
    fx_sql(&fx, "INSERT INTO events (ts_ns, dur_ns, process_id, pid, tid, thread_id, coroutine_id, "
                "call, obj2) VALUES (0, 0, 1, 100, 100, 1, 1, 69, 4096), "
                "(1000, 1000, 1, 100, 100, 1, 1, 49, NULL), "
                "(4000, 0, 1, 100, 100, 1, 1, 70, 8192)");
    (void)t;
    struct weft_analysis *a = fx_analyze(&fx);
    assert_int_equal(a->ncoros, 2);
    assert_int_equal(a->coros[0].active_ns, 4000);
    assert_int_equal(a->coros[0].states[WEFT_ST_SLEEP], 1000);
    assert_int_equal(a->coros[0].states[WEFT_ST_RUNNING], 3000);
    assert_int_equal(a->coros[1].switches, 1);
    assert_int_equal(a->coros[1].active_ns, 6000);
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* Spans under the threshold come as coro_spans records (one per coroutine and window): their
 * counts and times go to each coroutine, the thread runs throughout, and the switch recorded
 * after the window says who runs next. */
static void test_coroutine_short_spans(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    int64_t p = fx_process(&fx, 100, 0, 10000);
    fx_thread(&fx, p, 100, 0, 10000, 10000);
    fx_sql(&fx, "INSERT INTO coroutines (id, process_id, pid, key, entry, created_ns) VALUES "
                "(1, 1, 100, 4096, 'upload', 0), (2, 1, 100, 8192, 'download', 0)");
    /* 1 runs 0..2000; 2000..6000 both ran short spans (1: 30 spans, 2500 ns; 2: 30, 1500 ns);
     * a switch 2 -> 1 at 6000; 1 runs to the end */
    fx_sql(&fx, "INSERT INTO events (ts_ns, dur_ns, process_id, pid, tid, thread_id, coroutine_id, "
                "call, obj, obj2, ret) VALUES (0, 0, 1, 100, 100, 1, NULL, 70, 0, 4096, NULL), "
                "(2000, 4000, 1, 100, 100, 1, 1, 102, 4096, 30, 2500), "
                "(2000, 4000, 1, 100, 100, 1, 2, 102, 8192, 30, 1500), "
                "(6000, 0, 1, 100, 100, 1, 2, 70, 8192, 4096, NULL)");
    struct weft_analysis *a = fx_analyze(&fx);
    assert_int_equal(a->ncoros, 2);
    assert_int_equal(a->coros[0].active_ns, 2000 + 2500 + 4000);
    assert_int_equal(a->coros[0].switches, 32);
    assert_int_equal(a->coros[0].short_spans, 30);
    assert_int_equal(a->coros[0].short_ns, 2500);
    assert_int_equal(a->coros[1].active_ns, 1500);
    assert_int_equal(a->coros[1].switches, 30);
    assert_int_equal(a->coros[1].states[WEFT_ST_RUNNING], 1500);
    assert_int_equal(a->threads[0].states[WEFT_ST_RUNNING] + a->threads[0].states[WEFT_ST_UNEXPLAINED], 10000);
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* Builds one two-thread trace with rows stored forward or backward, with or without the index. */
static struct weft_analysis *stored(struct fx *fx, int backward, int drop_index, int nested)
{
    fx_create(fx);
    int64_t p = fx_process(fx, 100, 0, 100000);
    int64_t t[2] = {fx_thread(fx, p, 100, 0, 100000, 30000), fx_thread(fx, p, 101, 0, NUL, 20000)};
    /* 40 waits per thread: more than the fast pass's reorder window, backward or not */
    for (int k = 0; k < 80; k++) {
        int i = backward ? 79 - k : k;
        fx_event(fx, t[i % 2], i * 1200, 300 + 10 * i, i % 3 ? WEFT_CALL_RECV : WEFT_CALL_NANOSLEEP,
                 WEFT_FD_TCP, 4, 1, NUL);
    }
    if (nested) {
        /* inner stored first, as the tracer records calls when they return */
        fx_event(fx, t[0], 98100, 100, WEFT_CALL_READ, WEFT_FD_FILE, 3, 1, NUL);
        fx_event(fx, t[0], 98000, 1000, WEFT_CALL_WAITPID, WEFT_FD_NONE, 77, 77, NUL);
    }
    if (drop_index)
        fx_sql(fx, "DROP INDEX events_thread_ts");
    return fx_analyze(fx);
}

/* The result does not depend on how rows are stored: fast pass, sorted fallback, no index. */
static void test_storage_order_independent(void **unused)
{
    (void)unused;
    struct fx fx[4];
    struct weft_analysis *a[4] = {stored(&fx[0], 0, 0, 0), stored(&fx[1], 1, 0, 0),
                                  stored(&fx[2], 1, 1, 0), stored(&fx[3], 0, 0, 1)};
    for (int v = 1; v < 3; v++) {
        assert_int_equal(a[v]->nthreads, 2);
        for (int i = 0; i < 2; i++) {
            assert_int_equal(a[v]->threads[i].life_end, a[0]->threads[i].life_end);
            assert_int_equal(a[v]->threads[i].events, a[0]->threads[i].events);
            for (int s = 0; s < WEFT_ST_COUNT; s++)
                assert_int_equal(a[v]->threads[i].states[s], a[0]->threads[i].states[s]);
        }
        assert_true(a[v]->par.mean > a[0]->par.mean - 1e-9 && a[v]->par.mean < a[0]->par.mean + 1e-9);
    }
    /* the nested read inside waitpid is not counted twice */
    assert_int_equal(a[3]->threads[0].states[WEFT_ST_CHILD], 1000);
    assert_int_equal(a[3]->threads[0].states[WEFT_ST_FILE_IO], 0);
    /* thread 101 has no recorded end: it ends with its process */
    assert_int_equal(a[0]->threads[1].life_end, 100000);
    for (int v = 0; v < 4; v++) {
        weft_analysis_free(a[v]);
        fx_destroy(&fx[v]);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_each_state),    cmocka_unit_test(test_overlap_counted_once),
        cmocka_unit_test(test_short_calls),   cmocka_unit_test(test_short_calls_capped),
        cmocka_unit_test(test_cpu_honesty),   cmocka_unit_test(test_unknown_end),
        cmocka_unit_test(test_parallelism),   cmocka_unit_test(test_coroutines),
        cmocka_unit_test(test_coroutine_short_spans),
        cmocka_unit_test(test_storage_order_independent),
        cmocka_unit_test(test_main_thread_from_process_start),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
