/* Integration tests: real programs under LD_PRELOAD, asserting on the ring and process files they leave. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "ringread.h"
#include "run_traced.h"

/* Runs prog traced, loads its WEFT_DIR into d, and checks it exited normally with `code`. */
static void traced(const char *prog, const char *const *args, const char *env, int code,
                   struct run *r, struct rr_dir *d)
{
    assert_int_equal(run_prog(prog, args, 1, env, NULL, r), 0);
    assert_true(WIFEXITED(r->status));
    assert_int_equal(WEXITSTATUS(r->status), code);
    assert_int_equal(rr_load(r->dir, d), 0);
}

static const struct rr_event *find_event(const struct rr_ring *r, unsigned call, uint64_t obj)
{
    for (size_t i = 0; i < r->nev; i++)
        if (r->ev[i].ev.call == call && r->ev[i].ev.u.e.obj == obj)
            return &r->ev[i];
    return NULL;
}

static uint64_t parse_ptr(const char *out, const char *key)
{
    const char *p = strstr(out, key);
    assert_non_null(p);
    return strtoull(p + strlen(key), NULL, 16);
}

static void contended_mutex_records_wait_with_holder(void **state)
{
    struct run r;
    struct rr_dir d;
    (void)state;

    traced("weft-test-contended", NULL, NULL, 0, &r, &d);
    uint64_t hot = parse_ptr(r.out, "hot=");
    const struct rr_ring *holder = rr_ring_by_name(&d, "holder");
    const struct rr_ring *main_ring = rr_ring_by_tid(&d, r.pid);
    assert_non_null(holder);
    assert_non_null(main_ring);
    const struct rr_event *w = find_event(main_ring, WEFT_CALL_PTHREAD_MUTEX_LOCK, hot);
    assert_non_null(w);
    assert_true(w->ev.u.e.dur >= 50 * 1000 * 1000ull);
    assert_int_equal(w->ev.u.e.aux, holder->h.tid);
    assert_true(w->ev.u.e.site != 0);
    const struct weft_lock_stat *s = rr_lock(main_ring, hot);
    assert_non_null(s);
    assert_int_equal(s->contended, 1);
    assert_true(s->wait_total_ns >= 50 * 1000 * 1000ull);
    /* The holder kept it ~100 ms: its hold time shows that (coarse clock, ~4 ms ticks). */
    const struct weft_lock_stat *hs = rr_lock(holder, hot);
    assert_non_null(hs);
    assert_true(hs->hold_max_ns >= 80 * 1000 * 1000ull);
    rr_free(&d);
    run_cleanup(&r);
}

static void uncontended_mutex_only_counts_and_order_is_kept(void **state)
{
    struct run r;
    struct rr_dir d;
    (void)state;

    traced("weft-test-contended", NULL, NULL, 0, &r, &d);
    uint64_t quiet = parse_ptr(r.out, "quiet=");
    uint64_t outer = parse_ptr(r.out, "outer="), inner = parse_ptr(r.out, "inner=");
    const struct rr_ring *m = rr_ring_by_tid(&d, r.pid);
    assert_non_null(m);
    const struct weft_lock_stat *s = rr_lock(m, quiet);
    assert_non_null(s);
    assert_int_equal(s->acquisitions, 1000);
    assert_int_equal(s->contended, 0);
    assert_null(find_event(m, WEFT_CALL_PTHREAD_MUTEX_LOCK, quiet));
    int found = 0;
    for (uint32_t i = 0; i < m->h.order_cap; i++) {
        if (m->order[i].held == outer && m->order[i].acquired == inner)
            found = (int)m->order[i].count;
        assert_false(m->order[i].held == inner && m->order[i].acquired == outer);
    }
    assert_int_equal(found, 1);
    rr_free(&d);
    run_cleanup(&r);
}

static void blocking_pipe_read_is_recorded(void **state)
{
    struct run r;
    struct rr_dir d;
    (void)state;

    traced("weft-test-pipe_block", NULL, NULL, 0, &r, &d);
    int fd = (int)strtol(strstr(r.out, "fd=") + 3, NULL, 10);
    const struct rr_ring *m = rr_ring_by_tid(&d, r.pid);
    assert_non_null(m);
    const struct rr_event *e = find_event(m, WEFT_CALL_READ, (uint64_t)fd);
    assert_non_null(e);
    assert_int_equal(e->ev.fd_kind, WEFT_FD_PIPE);
    assert_true(e->ev.u.e.dur >= 50 * 1000 * 1000ull);
    assert_int_equal(e->ev.u.e.ret, 1);
    assert_true(m->calls[WEFT_CALL_READ].count >= 1);
    assert_true(m->calls[WEFT_CALL_READ].bytes >= 1);
    rr_free(&d);
    run_cleanup(&r);
}

static void thread_names_and_start_routines(void **state)
{
    struct run r;
    struct rr_dir d;
    (void)state;

    traced("weft-test-names", NULL, NULL, 0, &r, &d);
    const struct rr_ring *a = rr_ring_by_name(&d, "alpha");
    const struct rr_ring *b = rr_ring_by_name(&d, "beta");
    assert_non_null(a);
    assert_non_null(b);
    assert_int_equal(a->ev[0].ev.call, WEFT_CALL_THREAD_START);
    assert_string_equal(a->ev[0].text, "named_by_pthread");
    assert_int_equal(a->ev[0].ev.u.e.obj2, r.pid); /* created by the main thread */
    assert_string_equal(b->ev[0].text, "named_by_prctl");
    /* Both ended: by return and by pthread_exit. */
    assert_int_equal(a->h.state, WEFT_THREAD_DONE);
    assert_int_equal(b->h.state, WEFT_THREAD_DONE);
    assert_int_equal(rr_count(b, WEFT_CALL_THREAD_END), 1);
    assert_true(a->h.end_ns >= a->h.start_ns);
    /* The main thread's joins are events naming the joined tids. */
    const struct rr_ring *m = rr_ring_by_tid(&d, r.pid);
    assert_non_null(find_event(m, WEFT_CALL_PTHREAD_JOIN, (uint64_t)a->h.tid));
    assert_non_null(find_event(m, WEFT_CALL_PTHREAD_JOIN, (uint64_t)b->h.tid));
    rr_free(&d);
    run_cleanup(&r);
}

static void fork_child_gets_its_own_proc(void **state)
{
    struct run r;
    struct rr_dir d;
    (void)state;

    traced("weft-test-forker", NULL, NULL, 3, &r, &d);
    assert_int_equal(d.nprocs, 2);
    const struct rr_proc *parent = rr_proc_by_pid(&d, r.pid);
    assert_non_null(parent);
    const struct rr_proc *child = &d.procs[0] == parent ? &d.procs[1] : &d.procs[0];
    assert_int_equal(child->f.ppid, r.pid);
    assert_int_equal(child->f.parent_start_ns, parent->f.proc_start_ns);
    assert_int_equal(child->f.exited, 1);
    assert_int_equal(child->f.exit_code, 7);
    assert_int_equal(parent->f.exited, 1);
    assert_int_equal(parent->f.exit_code, 3);
    assert_non_null(parent->maps);
    assert_non_null(strstr(parent->maps, "libweft-preload.so"));
    const struct rr_ring *m = rr_ring_by_tid(&d, r.pid);
    const struct rr_event *f = find_event(m, WEFT_CALL_FORK, (uint64_t)child->f.pid);
    assert_non_null(f);
    const struct rr_event *w = find_event(m, WEFT_CALL_WAITPID, (uint64_t)child->f.pid);
    assert_non_null(w);
    assert_int_equal(w->ev.u.e.ret, child->f.pid);
    rr_free(&d);
    run_cleanup(&r);
}

/*
 * Counts the switches main -> coroutine (`to`) and back: each is either its own record or,
 * when the span it began was shorter than the threshold, one of the spans a coro_spans record
 * counts for the coroutine switched to.
 */
static void count_ping_pong(const struct rr_ring *m, size_t *to, size_t *back, size_t *records)
{
    uint64_t key = 0;
    *to = *back = *records = 0;
    for (size_t i = 0; i < m->nev; i++) {
        const struct weft_event *e = &m->ev[i].ev;
        if (e->call == WEFT_CALL_MAKECONTEXT) {
            key = e->u.e.obj;
            assert_int_equal(e->u.e.ret, 64 * 1024);
            assert_string_equal(m->ev[i].text, "coro_body");
        }
        if (e->call == WEFT_CALL_CORO_SPANS) {
            assert_true(key != 0);
            assert_int_equal(e->u.e.coro, e->u.e.obj);
            assert_true(e->u.e.obj2 > 0);
            assert_true((uint64_t)e->u.e.ret <= e->u.e.dur); /* its spans lie in the window */
            if (e->u.e.obj == key)
                *to += e->u.e.obj2;
            else if (e->u.e.obj == 0)
                *back += e->u.e.obj2;
            else
                fail_msg("coro_spans of unknown coroutine %lu", (unsigned long)e->u.e.obj);
            continue;
        }
        if (e->call != WEFT_CALL_SWAPCONTEXT)
            continue;
        assert_true(key != 0);
        assert_int_equal(e->u.e.coro, e->u.e.obj);
        (*records)++;
        if (e->u.e.obj == 0 && e->u.e.obj2 == key)
            (*to)++;
        else if (e->u.e.obj == key && e->u.e.obj2 == 0)
            (*back)++;
        else
            fail_msg("unexpected switch %lu -> %lu", (unsigned long)e->u.e.obj,
                     (unsigned long)e->u.e.obj2);
    }
}

static void swapcontext_ping_pong_records_switches(void **state)
{
    struct run r;
    struct rr_dir d;
    size_t to, back, records;
    (void)state;

    /* Every switch recorded: a span never lasts 10 s. */
    traced("weft-test-coro", NULL, "WEFT_THRESHOLD_NS=10000000000", 0, &r, &d);
    assert_string_equal(r.out, "turns 10\n");
    const struct rr_ring *m = rr_ring_by_tid(&d, r.pid);
    assert_non_null(m);
    count_ping_pong(m, &to, &back, &records);
    assert_int_equal(to, 10);
    assert_int_equal(back, 10);
    assert_true(records < 20); /* most spans were aggregated */
    assert_int_equal(m->calls[WEFT_CALL_SWAPCONTEXT].count, 20);
    assert_int_equal(m->calls[WEFT_CALL_SWAPCONTEXT].recorded, records);
    rr_free(&d);
    run_cleanup(&r);

    /* WEFT_EVERY_SWITCH=1 (weft run --every-switch): a record each, whatever their length. */
    traced("weft-test-coro", NULL, "WEFT_EVERY_SWITCH=1", 0, &r, &d);
    m = rr_ring_by_tid(&d, r.pid);
    assert_non_null(m);
    count_ping_pong(m, &to, &back, &records);
    assert_int_equal(records, 20);
    assert_int_equal(to, 10);
    assert_int_equal(back, 10);
    rr_free(&d);
    run_cleanup(&r);
}

static void sigkill_keeps_every_returned_call(void **state)
{
    struct run r;
    struct rr_dir d;
    const char *args[] = {"500", NULL};
    (void)state;

    assert_int_equal(run_prog("weft-test-killme", args, 1, "WEFT_THRESHOLD_NS=0", "ready", &r),
                     0);
    run_kill(&r);
    assert_true(WIFSIGNALED(r.status));
    assert_int_equal(rr_load(r.dir, &d), 0);
    int fd = (int)strtol(strstr(r.out, "ready ") + 6, NULL, 10);
    const struct rr_ring *m = rr_ring_by_tid(&d, r.pid);
    assert_non_null(m);
    size_t writes = 0;
    for (size_t i = 0; i < m->nev; i++)
        writes += m->ev[i].ev.call == WEFT_CALL_WRITE && m->ev[i].ev.u.e.obj == (uint64_t)fd;
    assert_int_equal(writes, 500);
    assert_true(m->calls[WEFT_CALL_WRITE].count >= 500);
    assert_int_equal(m->h.dropped, 0);
    const struct rr_proc *p = rr_proc_by_pid(&d, r.pid);
    assert_non_null(p);
    assert_int_equal(p->f.exited, 0); /* killed: no exit seen */
    rr_free(&d);
    run_cleanup(&r);
}

static void output_and_status_unchanged_by_tracing(void **state)
{
    const char *progs[] = {"weft-test-names", "weft-test-forker", "weft-test-coro", "weft-test-c11",
                           "weft-test-spawner",
                           "weft-test-eintr", "weft-test-closefds", "weft-test-exit_thread",
                           "weft-test-execer"};
    (void)state;

    for (size_t i = 0; i < sizeof progs / sizeof *progs; i++) {
        struct run plain, tr;
        assert_int_equal(run_prog(progs[i], NULL, 0, NULL, NULL, &plain), 0);
        assert_int_equal(run_prog(progs[i], NULL, 1, NULL, NULL, &tr), 0);
        assert_string_equal(plain.out, tr.out);
        assert_int_equal(plain.status, tr.status);
        run_cleanup(&tr);
    }
}

static void program_closing_all_fds_is_still_traced(void **state)
{
    struct run r;
    struct rr_dir d;
    (void)state;

    traced("weft-test-closefds", NULL, NULL, 0, &r, &d);
    assert_string_equal(r.out, "closed and traced y\n");
    const struct rr_ring *m = rr_ring_by_tid(&d, r.pid);
    assert_non_null(m);
    size_t reads = rr_count(m, WEFT_CALL_READ);
    assert_true(reads >= 1);
    for (size_t i = 0; i < m->nev; i++)
        if (m->ev[i].ev.call == WEFT_CALL_READ)
            assert_int_equal(m->ev[i].ev.fd_kind, WEFT_FD_PIPE);
    assert_int_equal(d.nrings, 2);
    rr_free(&d);
    run_cleanup(&r);
}

static void exit_from_other_thread_records_code(void **state)
{
    struct run r;
    struct rr_dir d;
    (void)state;

    traced("weft-test-exit_thread", NULL, NULL, 5, &r, &d);
    const struct rr_proc *p = rr_proc_by_pid(&d, r.pid);
    assert_non_null(p);
    assert_int_equal(p->f.exited, 1);
    assert_int_equal(p->f.exit_code, 5);
    assert_true(p->f.end_ns > p->f.proc_start_ns);
    rr_free(&d);
    run_cleanup(&r);
}

static void interrupted_read_records_eintr(void **state)
{
    struct run r;
    struct rr_dir d;
    (void)state;

    traced("weft-test-eintr", NULL, NULL, 0, &r, &d);
    assert_string_equal(r.out, "read -1 errno EINTR\n");
    const struct rr_ring *m = rr_ring_by_tid(&d, r.pid);
    int seen = 0;
    for (size_t i = 0; i < m->nev; i++)
        if (m->ev[i].ev.call == WEFT_CALL_READ) {
            assert_int_equal(m->ev[i].ev.err, EINTR);
            assert_int_equal(m->ev[i].ev.u.e.ret, -1);
            seen = 1;
        }
    assert_true(seen);
    assert_int_equal(m->calls[WEFT_CALL_READ].errors, 1);
    rr_free(&d);
    run_cleanup(&r);
}

static void exec_with_empty_env_stays_traced(void **state)
{
    struct run r;
    struct rr_dir d;
    (void)state;

    traced("weft-test-execer", NULL, NULL, 4, &r, &d);
    assert_int_equal(d.nprocs, 2);
    const struct rr_proc *a = &d.procs[0], *b = &d.procs[1];
    if (a->f.exec_from_start_ns)
        a = &d.procs[1], b = &d.procs[0];
    assert_int_equal(a->f.pid, b->f.pid);
    assert_int_equal(b->f.exec_from_start_ns, a->f.proc_start_ns);
    assert_int_equal(b->f.exit_code, 4);
    assert_non_null(strstr(b->f.argv + strlen(b->f.argv) + 1, "again"));
    rr_free(&d);
    run_cleanup(&r);
}

/* A program with its own SQLite keeps working and its syncs are counted (we never link SQLite). */
static void program_using_sqlite_is_unaffected(void **state)
{
    const char *sqlite = "/usr/bin/sqlite3";
    char db[] = "/tmp/weft-test-sqlite-XXXXXX";
    struct run plain, tr;
    struct rr_dir d;
    (void)state;

    if (access(sqlite, X_OK) != 0)
        skip();
    int fd = mkstemp(db);
    assert_true(fd >= 0);
    close(fd);
    unlink(db);
    const char *args[] = {db, "create table t(x); insert into t values (41); "
                              "update t set x = x + 1; select x from t;", NULL};
    assert_int_equal(run_prog(sqlite, args, 0, NULL, NULL, &plain), 0);
    unlink(db);
    assert_int_equal(run_prog(sqlite, args, 1, NULL, NULL, &tr), 0);
    unlink(db);
    assert_string_equal(plain.out, "42\n");
    assert_string_equal(tr.out, plain.out);
    assert_int_equal(tr.status, plain.status);
    assert_int_equal(rr_load(tr.dir, &d), 0);
    const struct rr_ring *m = rr_ring_by_tid(&d, tr.pid);
    assert_non_null(m);
    assert_true(m->calls[WEFT_CALL_FSYNC].count + m->calls[WEFT_CALL_FDATASYNC].count >= 1);
    assert_true(m->calls[WEFT_CALL_OPENAT].count + m->calls[WEFT_CALL_OPEN].count >= 1);
    rr_free(&d);
    run_cleanup(&tr);
}

/*
 * Plain LD_PRELOAD with WEFT_OUT (no weft run): the library makes its own WEFT_DIR and
 * starts a detached collector, which writes a complete trace.db once the program ends.
 */
static void weft_out_mode_starts_its_own_collector(void **state)
{
    char db[] = "/tmp/weft-test-out-XXXXXX", out_env[128], partial[160];
    struct run r;
    sqlite3 *h;
    sqlite3_stmt *st;
    int waited = 0;
    (void)state;

    int fd = mkstemp(db);
    assert_true(fd >= 0);
    close(fd);
    unlink(db);
    snprintf(out_env, sizeof out_env, "WEFT_OUT=%s", db);
    snprintf(partial, sizeof partial, "%s.partial", db);
    setenv("WEFT_BIN", WEFT_BIN_PATH, 1); /* the library finds the collector through it */
    assert_int_equal(run_prog("weft-test-pipe_block", NULL, 2, out_env, NULL, &r), 0);
    unsetenv("WEFT_BIN");
    assert_true(WIFEXITED(r.status));
    assert_int_equal(WEXITSTATUS(r.status), 0);
    /* The collector outlives the program: wait for the finished file. */
    while ((access(db, F_OK) != 0 || access(partial, F_OK) == 0) && waited++ < 200)
        usleep(50 * 1000);
    assert_int_equal(access(db, F_OK), 0);
    assert_int_equal(sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(h,
                                        "SELECT count(*) FROM events e JOIN processes p ON "
                                        "p.id = e.process_id WHERE p.pid = ? AND e.call = 28 "
                                        "AND e.fd_kind = 2 AND e.dur_ns >= 50000000",
                                        -1, &st, NULL),
                     SQLITE_OK);
    sqlite3_bind_int(st, 1, r.pid);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), 1); /* the 50 ms pipe read */
    sqlite3_finalize(st);
    sqlite3_close(h);
    unlink(db);
}

static const struct rr_event *find_call(const struct rr_ring *r, unsigned call)
{
    for (size_t i = 0; i < r->nev; i++)
        if (r->ev[i].ev.call == call)
            return &r->ev[i];
    return NULL;
}

static void c11_threads_are_traced(void **state)
{
    struct run r;
    struct rr_dir d;
    (void)state;

    traced("weft-test-c11", NULL, NULL, 0, &r, &d);
    assert_string_equal(r.out, "go=1 res=9\n");
    const struct rr_ring *main_ring = rr_ring_by_tid(&d, r.pid);
    assert_non_null(main_ring);
    assert_int_equal(d.nrings, 2);
    const struct rr_ring *h = &d.rings[0] == main_ring ? &d.rings[1] : &d.rings[0];
    assert_string_equal(h->ev[0].text, "holder"); /* thrd_create's start routine */
    const struct rr_event *w = find_call(main_ring, WEFT_CALL_MTX_LOCK);
    assert_non_null(w);
    assert_true(w->ev.u.e.dur >= 40 * 1000 * 1000ull);
    assert_int_equal(w->ev.u.e.aux, h->h.tid);
    const struct rr_event *cw = find_call(main_ring, WEFT_CALL_CND_WAIT);
    assert_non_null(cw);
    assert_true(cw->ev.u.e.obj2 != 0 && cw->ev.u.e.obj2 != cw->ev.u.e.obj);
    assert_non_null(find_event(main_ring, WEFT_CALL_THRD_JOIN, (uint64_t)h->h.tid));
    assert_true(h->calls[WEFT_CALL_CND_SIGNAL].count >= 1);
    rr_free(&d);
    run_cleanup(&r);
}

/* pthread_cond_clockwait and pthread_timedjoin_np (what C++ timed waits use) are recorded. */
static void clock_variants_are_recorded(void **state)
{
    struct run r;
    struct rr_dir d;
    (void)state;

    traced("weft-test-clockwait", NULL, NULL, 0, &r, &d);
    assert_string_equal(r.out, "clockwait timed out\ntimedjoin 0\n");
    const struct rr_ring *m = rr_ring_by_tid(&d, r.pid);
    assert_non_null(m);
    const struct rr_event *w = find_call(m, WEFT_CALL_PTHREAD_COND_TIMEDWAIT);
    assert_non_null(w);
    assert_int_equal(w->ev.err, ETIMEDOUT);
    assert_true(w->ev.u.e.dur >= 25 * 1000 * 1000ull);
    const struct rr_event *j = find_call(m, WEFT_CALL_PTHREAD_JOIN);
    assert_non_null(j);
    assert_true(j->ev.u.e.obj != 0); /* the joined thread's tid */
    assert_true(j->ev.u.e.dur >= 5 * 1000 * 1000ull);
    rr_free(&d);
    run_cleanup(&r);
}

/* weft.h: one branch untraced; under the preload every annotation is a record. */
static void annotations_are_recorded(void **state)
{
    struct run plain, r;
    struct rr_dir d;
    (void)state;

    assert_int_equal(run_prog("weft-test-annotate", NULL, 0, NULL, NULL, &plain), 0);
    assert_string_equal(plain.out, "annotated untraced\n");
    traced("weft-test-annotate", NULL, "WEFT_EVERY_SWITCH=1", 0, &r, &d);
    assert_string_equal(r.out, "annotated traced\n");
    const struct rr_ring *m = rr_ring_by_tid(&d, r.pid);
    assert_non_null(m);
    const struct rr_event *b = find_call(m, WEFT_CALL_TASK_BEGIN), *e = find_call(m, WEFT_CALL_TASK_END);
    assert_non_null(b);
    assert_non_null(e);
    assert_string_equal(b->text, "job");
    assert_int_equal(b->ev.u.e.obj, e->ev.u.e.obj); /* same task id from the name */
    const struct rr_event *s = find_call(m, WEFT_CALL_CHAN_SEND), *v = find_call(m, WEFT_CALL_CHAN_RECV);
    assert_non_null(s);
    assert_non_null(v);
    assert_int_equal(s->ev.u.e.obj, v->ev.u.e.obj);
    assert_int_equal(s->ev.u.e.obj2, 7);
    const struct rr_event *k = find_call(m, WEFT_CALL_MARK);
    assert_non_null(k);
    assert_string_equal(k->text, "halfway");
    assert_int_equal(k->ev.u.e.obj, 50);
    const struct rr_event *cc = find_call(m, WEFT_CALL_CORO_CREATE);
    assert_non_null(cc);
    assert_string_equal(cc->text, "green");
    uint64_t key = cc->ev.u.e.obj;
    assert_true(key != 0);
    size_t sw = 0;
    for (size_t i = 0; i < m->nev; i++) {
        const struct weft_event *x = &m->ev[i].ev;
        if (x->call != WEFT_CALL_CORO_SWITCH)
            continue;
        if (sw++ == 0) {
            assert_int_equal(x->u.e.obj, 0);
            assert_int_equal(x->u.e.obj2, key);
        } else {
            assert_int_equal(x->u.e.obj, key);
            assert_int_equal(x->u.e.coro, key); /* recorded while running the coroutine */
            assert_int_equal(x->u.e.obj2, 0);
        }
    }
    assert_int_equal(sw, 2);
    const struct rr_event *ex = find_call(m, WEFT_CALL_CORO_EXIT);
    assert_non_null(ex);
    assert_int_equal(ex->ev.u.e.obj, key);
    rr_free(&d);
    run_cleanup(&r);
}

/* Children of posix_spawn (even with an empty env), system and popen are traced and linked. */
static void spawned_children_are_traced(void **state)
{
    struct run r;
    struct rr_dir d;
    (void)state;

    traced("weft-test-spawner", NULL, NULL, 0, &r, &d);
    assert_string_equal(r.out, "spawned 0\nsystem 3\npopen piped\n");
    const struct rr_proc *me = rr_proc_by_pid(&d, r.pid);
    assert_non_null(me);
    size_t children = 0;
    for (size_t i = 0; i < d.nprocs; i++)
        if (d.procs[i].f.pid != r.pid) {
            assert_int_equal(d.procs[i].f.ppid, r.pid);
            assert_int_equal(d.procs[i].f.parent_start_ns, me->f.proc_start_ns);
            children++;
        }
    assert_int_equal(children, 3); /* true, sh (system), sh (popen) */
    const struct rr_ring *m = rr_ring_by_tid(&d, r.pid);
    assert_int_equal(rr_count(m, WEFT_CALL_POSIX_SPAWN), 1);
    assert_int_equal(rr_count(m, WEFT_CALL_SYSTEM), 1);
    assert_int_equal(rr_count(m, WEFT_CALL_POPEN), 1);
    rr_free(&d);
    run_cleanup(&r);
}

/* A fork made inside libc (daemon) must not write into the parent's ring. */
static void libc_internal_fork_gets_its_own_state(void **state)
{
    struct run r;
    struct rr_dir d;
    (void)state;

    traced("weft-test-daemonize", NULL, NULL, 0, &r, &d);
    for (int i = 0; i < 100 && d.nprocs < 3; i++) { /* the daemon may still be finishing */
        rr_free(&d);
        usleep(20000);
        assert_int_equal(rr_load(r.dir, &d), 0);
    }
    assert_int_equal(d.nprocs, 3); /* parent, its fork child, the daemon */
    for (size_t i = 0; i < d.nrings; i++) {
        const struct rr_ring *g = &d.rings[i];
        assert_int_equal(g->ntext, 0);
        /* Every ring holds only its own process's thread: tid == pid for these. */
        assert_int_equal(g->h.tid, g->h.pid);
        for (size_t j = 0; j < g->nev; j++)
            assert_true(g->ev[j].ev.call < WEFT_CALL_MAX);
    }
    const struct rr_ring *parent = rr_ring_by_tid(&d, r.pid);
    assert_non_null(parent);
    assert_int_equal(rr_count(parent, WEFT_CALL_WRITE), 0); /* the daemon's write is not here */
    rr_free(&d);
    run_cleanup(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(contended_mutex_records_wait_with_holder),
        cmocka_unit_test(uncontended_mutex_only_counts_and_order_is_kept),
        cmocka_unit_test(blocking_pipe_read_is_recorded),
        cmocka_unit_test(thread_names_and_start_routines),
        cmocka_unit_test(fork_child_gets_its_own_proc),
        cmocka_unit_test(swapcontext_ping_pong_records_switches),
        cmocka_unit_test(sigkill_keeps_every_returned_call),
        cmocka_unit_test(output_and_status_unchanged_by_tracing),
        cmocka_unit_test(program_closing_all_fds_is_still_traced),
        cmocka_unit_test(exit_from_other_thread_records_code),
        cmocka_unit_test(interrupted_read_records_eintr),
        cmocka_unit_test(exec_with_empty_env_stays_traced),
        cmocka_unit_test(program_using_sqlite_is_unaffected),
        cmocka_unit_test(weft_out_mode_starts_its_own_collector),
        cmocka_unit_test(c11_threads_are_traced),
        cmocka_unit_test(spawned_children_are_traced),
        cmocka_unit_test(clock_variants_are_recorded),
        cmocka_unit_test(annotations_are_recorded),
        cmocka_unit_test(libc_internal_fork_gets_its_own_state),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
