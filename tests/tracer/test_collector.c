/* Unit tests of the collector core, fed by the fake producer: columns, text, drops, locks, dead processes, output. */
#include "collector.h"
#include "fake_producer.h"
#include "queue_cap.h"

#include <errno.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <fcntl.h>
#include <time.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

/* A global lock whose name the collector should find in our symbol table. */
pthread_mutex_t weft_test_global_lock = PTHREAD_MUTEX_INITIALIZER;

struct fixture {
    char dir[64];
    char out[128];
    struct weft_collector *c;
    sqlite3 *db;
};

static int setup(void **state)
{
    struct fixture *f = calloc(1, sizeof(*f));
    snprintf(f->dir, sizeof(f->dir), "/tmp/weft-test-XXXXXX");
    if (!mkdtemp(f->dir))
        return -1;
    snprintf(f->out, sizeof(f->out), "%s/trace.db", f->dir);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    struct fixture *f = *state;
    if (f->db)
        sqlite3_close(f->db);
    if (f->c)
        weft_collector_abort(f->c);
    weft_collector_remove_dir(f->dir);
    free(f);
    return 0;
}

static void open_collector(struct fixture *f)
{
    char *argv[] = {"prog", "--flag", NULL};
    struct weft_collector_opts o = {.dir = f->dir, .out = f->out, .threshold_ns = 1000, .argv = argv,
                                    .version = "test"};
    assert_int_equal(weft_collector_open(&f->c, &o), 0);
}

static void finish(struct fixture *f, struct weft_collector_summary *s)
{
    assert_int_equal(weft_collector_finish(f->c, s), 0);
    f->c = NULL;
    assert_int_equal(sqlite3_open_v2(f->out, &f->db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
}

/* First column of the first row of SQL as an integer (-1 when no row). */
static long long q_int(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *s;
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
    long long v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
    sqlite3_finalize(s);
    return v;
}

/* First column of the first row as text (static buffer; "" for NULL, "<none>" for no row). */
static const char *q_text(sqlite3 *db, const char *sql)
{
    static char buf[1024];
    sqlite3_stmt *s;
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
    if (sqlite3_step(s) == SQLITE_ROW) {
        const unsigned char *t = sqlite3_column_text(s, 0);
        snprintf(buf, sizeof(buf), "%s", t ? (const char *)t : "");
    } else {
        snprintf(buf, sizeof(buf), "<none>");
    }
    sqlite3_finalize(s);
    return buf;
}

static struct weft_event ev(uint16_t call, uint64_t ts, uint64_t dur)
{
    struct weft_event e;
    memset(&e, 0, sizeof(e));
    e.call = call;
    e.ts = ts;
    e.u.e.dur = dur;
    return e;
}

static void call_site_marker(void)
{
}

static void test_events_land_with_columns_and_text(void **state)
{
    struct fixture *f = *state;
    open_collector(f);
    int pid = getpid();
    uint64_t start = fp_now();
    static const char argv[] = "prog\0--flag\0";
    assert_non_null(fp_proc_create(f->dir, pid, getppid(), start, 0, argv, sizeof(argv)));
    struct weft_ring r;
    assert_int_equal(fp_ring_create(&r, f->dir, pid, start, pid + 1000000, 1024), 0);

    struct weft_event e = ev(WEFT_CALL_READ, start + 10, 5000);
    e.fd_kind = WEFT_FD_TCP;
    e.err = 0;
    e.u.e.obj = 7;
    e.u.e.ret = 4096;
    e.u.e.site = (uint64_t)(uintptr_t)&call_site_marker + 4;
    assert_int_equal(fp_emit(&r, &e, NULL, 0), 0);

    char path[200];
    memset(path, 'p', sizeof(path));
    memcpy(path, "/very/long/", 11);
    path[150] = '\0'; /* 150 bytes: four TEXT records */
    e = ev(WEFT_CALL_OPENAT, start + 20, 3000);
    e.err = ENOENT;
    e.u.e.ret = -1;
    assert_int_equal(fp_emit(&r, &e, path, strlen(path)), 0);

    /* The collector sees these before the next ones are published. */
    assert_true(weft_collector_poll(f->c) >= 0);

    e = ev(WEFT_CALL_THREAD_NAME, start + 30, 0);
    assert_int_equal(fp_emit(&r, &e, "worker-1", 8), 0);
    e = ev(WEFT_CALL_PTHREAD_MUTEX_LOCK, start + 40, 2000);
    e.u.e.obj = (uint64_t)(uintptr_t)&weft_test_global_lock;
    e.u.e.aux = 4242;
    assert_int_equal(fp_emit(&r, &e, NULL, 0), 0);
    fp_thread_done(&r, start + 100, 777);
    assert_true(weft_collector_poll(f->c) >= 0);

    struct weft_collector_summary s;
    finish(f, &s);
    assert_int_equal(s.events, 4);
    assert_int_equal(q_int(f->db, "SELECT count(*) FROM events WHERE call = 1"), 0); /* no TEXT rows */
    assert_int_equal(q_int(f->db, "SELECT obj FROM events WHERE call = 28"), 7);
    assert_int_equal(q_int(f->db, "SELECT ret FROM events WHERE call = 28"), 4096);
    assert_int_equal(q_int(f->db, "SELECT dur_ns FROM events WHERE call = 28"), 5000);
    assert_int_equal(q_int(f->db, "SELECT fd_kind FROM events WHERE call = 28"), WEFT_FD_TCP);
    assert_string_equal(q_text(f->db, "SELECT detail FROM events WHERE call = 56"), path);
    assert_int_equal(q_int(f->db, "SELECT errno FROM events WHERE call = 56"), ENOENT);
    assert_int_equal(q_int(f->db, "SELECT holder_tid FROM events WHERE call = 7"), 4242);
    assert_string_equal(q_text(f->db, "SELECT name FROM threads"), "worker-1");
    assert_int_equal(q_int(f->db, "SELECT cpu_ns FROM threads"), 777);
    assert_int_equal(q_int(f->db, "SELECT end_ns FROM threads"), (long long)(start + 100));
    assert_int_equal(q_int(f->db, "SELECT count(*) FROM threads t JOIN processes p ON p.id = t.process_id "
                                  "WHERE p.pid = t.pid"), 1);
    assert_string_equal(q_text(f->db, "SELECT argv FROM processes"), "[\"prog\",\"--flag\"]");
    /* The site resolves to this test binary and the function the address is in. */
    char sql[256];
    snprintf(sql, sizeof(sql), "SELECT count(*) FROM sites WHERE module LIKE '%%test_collector' AND "
                               "symbol = 'call_site_marker'");
    assert_int_equal(q_int(f->db, sql), 1);
    assert_string_equal(q_text(f->db, "SELECT value FROM meta WHERE key = 'complete'"), "1");
    assert_string_equal(q_text(f->db, "SELECT value FROM meta WHERE key = 'schema_version'"), "3");
    assert_int_equal(q_int(f->db, "PRAGMA user_version"), 3);
    /* Schema 3: only the events with a holder or a string have an event_details row, and the
     * events view gives each event its thread's process and ids. */
    assert_int_equal(q_int(f->db, "SELECT count(*) FROM event_details"),
                     q_int(f->db, "SELECT count(*) FROM events WHERE holder_tid IS NOT NULL OR detail IS NOT NULL"));
    assert_true(q_int(f->db, "SELECT count(*) FROM event_details") < q_int(f->db, "SELECT count(*) FROM event_rows"));
    assert_int_equal(q_int(f->db, "SELECT count(*) FROM events e JOIN threads t ON t.id = e.thread_id "
                                  "WHERE e.pid = t.pid AND e.tid = t.tid AND e.process_id = t.process_id"),
                     q_int(f->db, "SELECT count(*) FROM event_rows"));
    assert_int_equal(q_int(f->db, "SELECT count(*) FROM sqlite_master WHERE name = 'events_thread_ts'"), 1);
    char partial[200];
    snprintf(partial, sizeof(partial), "%s.partial", f->out);
    assert_int_equal(access(partial, F_OK), -1);
    fp_ring_unmap(&r);
}

static void test_drops_counted(void **state)
{
    struct fixture *f = *state;
    open_collector(f);
    int pid = getpid();
    uint64_t start = fp_now();
    assert_non_null(fp_proc_create(f->dir, pid, getppid(), start, 0, "p\0", 3));
    struct weft_ring r;
    assert_int_equal(fp_ring_create(&r, f->dir, pid, start, pid + 2000000, 64), 0);
    uint64_t block = weft__ring_block_ns;
    weft__ring_block_ns = 0; /* drop at once, do not wait for the drainer */
    int ok = 0;
    for (int i = 0; i < 100; i++) {
        struct weft_event e = ev(WEFT_CALL_NANOSLEEP, start + (uint64_t)i, 10);
        ok += fp_emit(&r, &e, NULL, 0) == 0;
    }
    weft__ring_block_ns = block;
    assert_int_equal(ok, 64);
    fp_thread_done(&r, start + 1000, 0);
    struct weft_collector_summary s;
    finish(f, &s);
    assert_int_equal(s.dropped, 36);
    assert_int_equal(q_int(f->db, "SELECT count(*) FROM events"), 64);
    assert_int_equal(q_int(f->db, "SELECT dropped FROM threads"), 36);
    assert_string_equal(q_text(f->db, "SELECT value FROM meta WHERE key = 'dropped_events'"), "36");
    fp_ring_unmap(&r);
}

/*
 * Events are inserted a batch at a time (batch.c): across several batches every detail and
 * holder lands on its own event (schema 3 keeps them in event_details, keyed by the row id).
 */
static void test_details_follow_their_events_across_batches(void **state)
{
    struct fixture *f = *state;
    open_collector(f);
    int pid = getpid();
    uint64_t start = fp_now();
    assert_non_null(fp_proc_create(f->dir, pid, getppid(), start, 0, "p\0", 3));
    struct weft_ring r;
    assert_int_equal(fp_ring_create(&r, f->dir, pid, start, pid + 3000000, 16384), 0);
    int opens = 0, locks = 0;
    for (int i = 0; i < 10000; i++) {
        struct weft_event e = ev(WEFT_CALL_READ, start + 10 * (uint64_t)i, 5);
        char path[32];
        int len = 0;
        e.u.e.obj = (uint64_t)i;
        if (i % 5 == 0) {
            e.call = WEFT_CALL_OPENAT;
            len = snprintf(path, sizeof(path), "p%d", i);
            opens++;
        } else if (i % 7 == 0) {
            e.call = WEFT_CALL_PTHREAD_MUTEX_LOCK;
            e.u.e.aux = (uint32_t)i;
            locks++;
        }
        assert_int_equal(fp_emit(&r, &e, len ? path : NULL, (size_t)len), 0);
        if (i % 3000 == 2999)
            assert_true(weft_collector_poll(f->c) >= 0);
    }
    fp_thread_done(&r, start + 200000, 0);
    struct weft_collector_summary s;
    finish(f, &s);
    assert_int_equal(s.events, 10000);
    assert_int_equal(q_int(f->db, "SELECT count(*) FROM event_rows"), 10000);
    assert_int_equal(q_int(f->db, "SELECT count(*) FROM event_details"), opens + locks);
    char sql[256];
    snprintf(sql, sizeof(sql), "SELECT count(*) FROM events WHERE call = %d AND detail = 'p' || obj", WEFT_CALL_OPENAT);
    assert_int_equal(q_int(f->db, sql), opens);
    snprintf(sql, sizeof(sql), "SELECT count(*) FROM events WHERE call = %d AND holder_tid = obj",
             WEFT_CALL_PTHREAD_MUTEX_LOCK);
    assert_int_equal(q_int(f->db, sql), locks);
    assert_int_equal(q_int(f->db, "SELECT count(*) FROM events WHERE call = 28 AND detail IS NULL AND "
                                  "holder_tid IS NULL"), 10000 - opens - locks);
    fp_ring_unmap(&r);
}

/*
 * A flight recorder whose writer lags: two threads' rings are full of the same 10 s when it
 * stores them, one whole queue after the other, so row ids follow time only within a thread
 * and the trims made while storing them (a commit every few hundred events under a 1.5 MB
 * bound) must cut by the events' end times.  Cut by row id they deleted all of the first
 * thread, its last seconds too, and the window kept shrank to nothing.
 */
static void test_flight_recorder_cuts_by_time_when_behind(void **state)
{
    struct fixture *f = *state;
    char *argv[] = {"prog", NULL};
    struct weft_collector_opts o = {.dir = f->dir, .out = f->out, .threshold_ns = 1000, .argv = argv,
                                    .version = "test", .last_bytes = 1500000, .bound_text = "--last 1.5MB"};
    assert_int_equal(weft_collector_open(&f->c, &o), 0);
    int pid = getpid();
    uint64_t start = fp_now();
    enum { EVENTS = 40000, STEP = 250000, DUR = 1000 }; /* 10 s of events per thread */
    assert_non_null(fp_proc_create(f->dir, pid, getppid(), start, 0, "p\0", 3));
    struct weft_ring r[2];
    for (int k = 0; k < 2; k++) {
        assert_int_equal(fp_ring_create(&r[k], f->dir, pid, start, pid + 4000000 + k, 65536), 0);
        for (int i = 0; i < EVENTS; i++) {
            struct weft_event e = ev(WEFT_CALL_READ, start + 1000 + (uint64_t)i * STEP, DUR);
            e.u.e.obj = (uint64_t)i;
            assert_int_equal(fp_emit(&r[k], &e, NULL, 0), 0);
        }
    }
    /* Both rings copied into the collector's queues before the writer stores any of them. */
    for (int tries = 0; tries < 2000; tries++) {
        if (__atomic_load_n(&r[0].h->tail, __ATOMIC_ACQUIRE) == EVENTS &&
            __atomic_load_n(&r[1].h->tail, __ATOMIC_ACQUIRE) == EVENTS)
            break;
        struct timespec ms = {0, 1000000};
        nanosleep(&ms, NULL);
    }
    while (weft_collector_poll(f->c) > 0)
        ;
    for (int k = 0; k < 2; k++)
        fp_thread_done(&r[k], start + 1000 + (uint64_t)EVENTS * STEP + DUR, 0);
    struct weft_collector_summary s;
    finish(f, &s);
    long long kept = q_int(f->db, "SELECT value FROM meta WHERE key = 'kept_from_ns'");
    long long end = q_int(f->db, "SELECT value FROM meta WHERE key = 'end_ns'");
    /* 1.5 MB holds ~25 k of the 80 k rows (~3 s); by row id the window was under 0.1 s. */
    assert_true(end - kept >= 2000000000LL);
    assert_true(s.kept_from_ns == (uint64_t)kept);
    /* Every event that ended at or after kept_from_ns is in the trace, none that ended before. */
    long long want = 0;
    for (int i = 0; i < EVENTS; i++)
        want += 2 * (start + 1000 + (uint64_t)i * STEP + DUR >= (uint64_t)kept);
    char sql[200];
    snprintf(sql, sizeof(sql), "SELECT count(*) FROM event_rows WHERE ts_ns + dur_ns >= %lld", kept);
    assert_int_equal(q_int(f->db, sql), want);
    assert_int_equal(q_int(f->db, "SELECT count(*) FROM event_rows"), want);
    assert_int_equal(q_int(f->db, "SELECT value FROM meta WHERE key = 'left_out_before'"), 2 * EVENTS - want);
    for (int k = 0; k < 2; k++)
        fp_ring_unmap(&r[k]);
}

/* The kernel gave a new thread the tid of one whose ring is still there: it gets "-1", not the old file. */
static void test_reused_tid_gets_its_own_file(void **state)
{
    struct fixture *f = *state;
    open_collector(f);
    int pid = getpid(), tid = pid + 4000000;
    uint64_t start = fp_now();
    assert_non_null(fp_proc_create(f->dir, pid, getppid(), start, 0, "p\0", 3));
    struct weft_ring r[2];
    for (int i = 0; i < 2; i++) {
        assert_int_equal(fp_ring_create(&r[i], f->dir, pid, start, tid, 64), 0);
        struct weft_event e = ev(WEFT_CALL_NANOSLEEP, start + 10 + (uint64_t)i, 5);
        assert_int_equal(fp_emit(&r[i], &e, NULL, 0), 0);
        fp_thread_done(&r[i], start + 100 + (uint64_t)i, 0);
    }
    char path[256];
    snprintf(path, sizeof(path), "%s/%d-%llu-%d-1.ring", f->dir, pid, (unsigned long long)start, tid);
    assert_int_equal(access(path, F_OK), 0);
    struct weft_collector_summary s;
    finish(f, &s);
    char sql[256];
    snprintf(sql, sizeof(sql), "SELECT count(*) FROM threads WHERE tid = %d", tid);
    assert_int_equal(q_int(f->db, sql), 2);
    snprintf(sql, sizeof(sql), "SELECT count(DISTINCT thread_id) FROM events WHERE tid = %d AND call = %d", tid,
             WEFT_CALL_NANOSLEEP);
    assert_int_equal(q_int(f->db, sql), 2);
    for (int i = 0; i < 2; i++)
        fp_ring_unmap(&r[i]);
}

static void test_locks_summed_over_threads(void **state)
{
    struct fixture *f = *state;
    open_collector(f);
    int pid = getpid();
    uint64_t start = fp_now();
    assert_non_null(fp_proc_create(f->dir, pid, getppid(), start, 0, "p\0", 3));
    struct weft_ring r[2];
    uint64_t addr = (uint64_t)(uintptr_t)&weft_test_global_lock;
    for (int i = 0; i < 2; i++) {
        assert_int_equal(fp_ring_create(&r[i], f->dir, pid, start, pid + 3000000 + i, 128), 0);
        struct weft_lock_stat *l = weft__lock_stat(&r[i], addr, WEFT_CALL_PTHREAD_MUTEX_LOCK);
        assert_non_null(l);
        l->acquisitions = 100 + (uint64_t)i;
        l->contended = 10;
        l->wait_total_ns = 1000;
        l->wait_max_ns = 300 + 200 * (uint64_t)i;
        l->hold_total_ns = 5000;
        l->hold_max_ns = 900 - 100 * (uint64_t)i;
        r[i].calls[WEFT_CALL_PTHREAD_MUTEX_LOCK].count = 100 + (uint64_t)i;
        r[i].calls[WEFT_CALL_PTHREAD_MUTEX_LOCK].recorded = 10;
        for (int k = 0; k < 3; k++)
            weft__order_note(&r[i], addr, 0, addr + 64, 0, start + 5);
        fp_thread_done(&r[i], start + 50, 0);
    }
    struct weft_collector_summary s;
    finish(f, &s);
    assert_int_equal(q_int(f->db, "SELECT count(*) FROM locks"), 1);
    assert_int_equal(q_int(f->db, "SELECT acquisitions FROM locks"), 201);
    assert_int_equal(q_int(f->db, "SELECT contended FROM locks"), 20);
    assert_int_equal(q_int(f->db, "SELECT wait_total_ns FROM locks"), 2000);
    assert_int_equal(q_int(f->db, "SELECT wait_max_ns FROM locks"), 500);
    assert_int_equal(q_int(f->db, "SELECT hold_max_ns FROM locks"), 900);
    assert_string_equal(q_text(f->db, "SELECT kind FROM locks"), "mutex");
    assert_string_equal(q_text(f->db, "SELECT name FROM locks"), "weft_test_global_lock");
    assert_int_equal(q_int(f->db, "SELECT sum(count) FROM call_counts WHERE call = 7"), 201);
    assert_int_equal(q_int(f->db, "SELECT count(*) FROM lock_order"), 2);
    for (int i = 0; i < 2; i++)
        fp_ring_unmap(&r[i]);
}

/* A child process writes its files and dies without saying goodbye; poll alone must finalize it. */
static void test_dead_process_is_finalized(void **state)
{
    struct fixture *f = *state;
    open_collector(f);
    uint64_t start = fp_now();
    pid_t child = fork();
    assert_true(child >= 0);
    if (child == 0) {
        uint64_t me = fp_now();
        struct weft_proc_file *p = fp_proc_create(f->dir, getpid(), getppid(), me, 0, "child\0", 7);
        struct weft_ring r;
        if (!p || fp_ring_create(&r, f->dir, getpid(), me, getpid(), 256) < 0)
            _exit(99);
        for (int i = 0; i < 10; i++) {
            struct weft_event e = ev(WEFT_CALL_WRITE, me + (uint64_t)i * 10, 5);
            e.u.e.ret = 1;
            fp_emit(&r, &e, NULL, 0);
        }
        p->exit_code = 3;
        p->exited = 1;
        p->end_ns = fp_now();
        _exit(3); /* no THREAD_DONE: like a process killed after its last event */
    }
    int w;
    assert_int_equal(waitpid(child, &w, 0), child);
    assert_true(WIFEXITED(w) && WEXITSTATUS(w) == 3);
    int live = -1;
    for (int i = 0; i < 200; i++) {
        assert_true(weft_collector_poll(f->c) >= 0);
        live = weft_collector_live(f->c);
        if (live == 0 && i > 2)
            break;
        usleep(5000);
    }
    assert_int_equal(live, 0);
    /* Its files were drained and deleted. */
    char path[256];
    snprintf(path, sizeof(path), "%s/%d-", f->dir, (int)child);
    int left = 0;
    DIR *d = opendir(f->dir);
    struct dirent *de;
    while ((de = readdir(d)))
        left += strstr(de->d_name, ".ring") || strstr(de->d_name, ".proc");
    closedir(d);
    assert_int_equal(left, 0);
    struct weft_collector_summary s;
    finish(f, &s);
    char sql[200];
    snprintf(sql, sizeof(sql), "SELECT exit_code FROM processes WHERE pid = %d", (int)child);
    assert_int_equal(q_int(f->db, sql), 3);
    assert_int_equal(q_int(f->db, "SELECT count(*) FROM events WHERE call = 29"), 10);
    assert_true(q_int(f->db, "SELECT end_ns FROM threads") >= (long long)start);
    assert_true(q_int(f->db, "SELECT end_ns FROM processes") >= (long long)start);
}

/*
 * A thread named by another one (pthread_setname_np right after pthread_create) carries that
 * name, whichever of the two the collector finalizes first: the name may be the namer's last
 * event, held until the namer's ring is stored.  Two pairs, the named thread's ring made (and
 * its tid) before its namer's in one and after it in the other, so that one pair has the named
 * thread first whatever order the collector keeps threads in.
 */
static void test_name_given_by_another_thread(void **state)
{
    struct fixture *f = *state;
    open_collector(f);
    int pid = getpid(), base = pid + 3000000;
    uint64_t start = fp_now();
    static const char argv[] = "prog\0";
    assert_non_null(fp_proc_create(f->dir, pid, getppid(), start, 0, argv, sizeof(argv)));
    /* Made in this order: worker a, namer 2, namer 1, worker b; namer 1 names a, namer 2 names b. */
    const int tids[4] = {base + 1, base + 2, base + 3, base + 4};
    const int named[4] = {0, base + 4, base + 1, 0};
    struct weft_ring r[4];
    for (int i = 0; i < 4; i++)
        assert_int_equal(fp_ring_create(&r[i], f->dir, pid, start, tids[i], 256), 0);
    for (int i = 0; i < 4; i++) {
        struct weft_event e = ev(WEFT_CALL_THREAD_NAME, start + 10, 0);
        e.u.e.obj = (uint64_t)tids[i];
        assert_int_equal(fp_emit(&r[i], &e, "prog", 4), 0);
        if (named[i]) {
            e = ev(WEFT_CALL_THREAD_NAME, start + 20, 0);
            e.u.e.obj = (uint64_t)named[i];
            assert_int_equal(fp_emit(&r[i], &e, named[i] == base + 1 ? "printer-a" : "printer-b", 9), 0);
        }
    }
    for (int i = 0; i < 4; i++)
        fp_thread_done(&r[i], start + 100, 1);
    struct weft_collector_summary s;
    finish(f, &s);
    char sql[200];
    snprintf(sql, sizeof(sql), "SELECT name FROM threads WHERE tid = %d", base + 1);
    assert_string_equal(q_text(f->db, sql), "printer-a");
    snprintf(sql, sizeof(sql), "SELECT name FROM threads WHERE tid = %d", base + 4);
    assert_string_equal(q_text(f->db, sql), "printer-b");
    snprintf(sql, sizeof(sql), "SELECT count(*) FROM threads WHERE name = 'prog'");
    assert_int_equal(q_int(f->db, sql), 2);
    for (int i = 0; i < 4; i++)
        fp_ring_unmap(&r[i]);
}

/*
 * A call still marked in flight when its thread ended is stored as an unreturned call, once,
 * unless its counter moved past the count noted when it began: then it returned and was
 * counted, and the thread died before clearing the slot (it was counted twice before).
 * Thread 2's ring lacks WEFT_RING_F_INFLIGHT_COUNT (a version 2 producer from before
 * inflight_count, which reads 0 there): the old rule holds, its call is stored as unreturned
 * although an earlier read was counted.
 */
static void test_inflight_counted_once(void **state)
{
    struct fixture *f = *state;
    open_collector(f);
    int pid = getpid(), base = pid + 4000000;
    uint64_t start = fp_now();
    static const char argv[] = "prog\0";
    assert_non_null(fp_proc_create(f->dir, pid, getppid(), start, 0, argv, sizeof(argv)));
    struct weft_ring r[3];
    for (int i = 0; i < 3; i++) {
        assert_int_equal(fp_ring_create(&r[i], f->dir, pid, start, base + i, 256), 0);
        assert_int_equal(r[i].h->features & WEFT_RING_F_INFLIGHT_COUNT, WEFT_RING_F_INFLIGHT_COUNT);
    }
    weft__count(&r[2], WEFT_CALL_READ, 500, 0, 1, 0); /* thread 2: an earlier read, counted */
    for (int i = 0; i < 3; i++)
        assert_int_equal(weft__ring_inflight_begin(&r[i], WEFT_CALL_READ, start + 10, 3, 0, 0, 0, 0, 0), 1);
    r[2].h->features &= ~WEFT_RING_F_INFLIGHT_COUNT;
    r[2].h->inflight_count = 0;
    weft__count(&r[0], WEFT_CALL_READ, 500, 0, 1, 0); /* thread 0's read returned, too short for an event */
    for (int i = 0; i < 3; i++)
        fp_thread_done(&r[i], start + 100, 1);
    struct weft_collector_summary s;
    finish(f, &s);
    char sql[300];
    for (int i = 0; i < 3; i++) {
        snprintf(sql, sizeof(sql), "SELECT count(*) FROM events e JOIN calls k ON k.id = e.call "
                                   "WHERE k.name = 'read' AND e.tid = %d AND e.ret IS NULL", base + i);
        assert_int_equal(q_int(f->db, sql), i == 0 ? 0 : 1);
        snprintf(sql, sizeof(sql), "SELECT c.count FROM call_counts c JOIN threads t ON t.id = c.thread_id "
                                   "JOIN calls k ON k.id = c.call WHERE k.name = 'read' AND t.tid = %d", base + i);
        assert_int_equal(q_int(f->db, sql), i == 2 ? 2 : 1);
    }
    assert_int_equal(q_int(f->db, "SELECT count(*) FROM events e JOIN calls k ON k.id = e.call WHERE k.name = 'read'"), 2);
    for (int i = 0; i < 3; i++)
        fp_ring_unmap(&r[i]);
}

/* The queue cap: the cgroup v2 path and room from the files' texts, and the rule that combines them. */
static void test_queue_cap_from_cgroup_texts(void **state)
{
    (void)state;
    char path[64];
    const uint64_t MiB = 1u << 20, GiB = 1u << 30;
    uint64_t room = 0;

    assert_int_equal(weft__cgroup_path("0::/docker/abc\n", path, sizeof(path)), 0);
    assert_string_equal(path, "/docker/abc");
    /* Hybrid hierarchy: the v2 line comes last, v1 lines name controllers. */
    assert_int_equal(weft__cgroup_path("4:memory:/x\n1:cpu:/\n0::/user.slice/a.scope\n", path, sizeof(path)), 0);
    assert_string_equal(path, "/user.slice/a.scope");
    assert_int_equal(weft__cgroup_path("0::/", path, sizeof(path)), 0);
    assert_string_equal(path, "/");
    assert_int_equal(weft__cgroup_path("4:memory:/x\n1:cpu:/\n", path, sizeof(path)), -ENOENT);
    assert_int_equal(weft__cgroup_path("", path, sizeof(path)), -ENOENT);
    assert_int_equal(weft__cgroup_path("0::/abcdefgh\n", path, 5), -ENAMETOOLONG);

    assert_int_equal(weft__cgroup_room("max\n", "123\n", &room), 0);
    assert_true(room == UINT64_MAX);
    assert_int_equal(weft__cgroup_room("2147483648\n", "536870912\n", &room), 0);
    assert_int_equal(room, 1536 * MiB);
    assert_int_equal(weft__cgroup_room("1000\n", "4000\n", &room), 0); /* over its limit */
    assert_int_equal(room, 0);
    assert_int_equal(weft__cgroup_room("", "1\n", &room), -EINVAL);
    assert_int_equal(weft__cgroup_room("12k\n", "1\n", &room), -EINVAL);
    assert_int_equal(weft__cgroup_room("1\n", "99999999999999999999\n", &room), -EINVAL);

    /* No limit: an eighth of free memory, 2 M to 16 M events (as before cgroups counted). */
    assert_int_equal(weft__queue_cap_events(64 * GiB, UINT64_MAX), WEFT__QUEUE_HI);
    assert_int_equal(weft__queue_cap_events(4 * GiB, UINT64_MAX), 8u << 20);
    assert_int_equal(weft__queue_cap_events(256 * MiB, UINT64_MAX), WEFT__QUEUE_LO);
    assert_int_equal(weft__queue_cap_events(0, UINT64_MAX), WEFT__QUEUE_LO);
    /* A container with 1.5 GiB left on a 64 GiB host: a quarter of the room, 384 MiB. */
    assert_int_equal(weft__queue_cap_events(64 * GiB, 1536 * MiB), 6u << 20);
    /* 256 MiB left: 2 M events (128 MiB) fit in half of it. */
    assert_int_equal(weft__queue_cap_events(64 * GiB, 256 * MiB), WEFT__QUEUE_LO);
    /* 200 MiB left: they do not; a quarter, 50 MiB = 800 K events. */
    assert_int_equal(weft__queue_cap_events(64 * GiB, 200 * MiB), 800u << 10);
    /* Nearly nothing left: the floor. */
    assert_int_equal(weft__queue_cap_events(64 * GiB, 1 * MiB), WEFT__QUEUE_FLOOR);
    assert_int_equal(weft__queue_cap_events(64 * GiB, 0), WEFT__QUEUE_FLOOR);
}

/* While collecting, FILE.partial exists and says complete = 0; abort leaves nothing. */
static void test_partial_until_finished(void **state)
{
    struct fixture *f = *state;
    open_collector(f);
    char partial[200];
    snprintf(partial, sizeof(partial), "%s.partial", f->out);
    assert_int_equal(access(f->out, F_OK), -1);
    sqlite3 *db;
    assert_int_equal(sqlite3_open_v2(partial, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_string_equal(q_text(db, "SELECT value FROM meta WHERE key = 'complete'"), "0");
    assert_string_equal(q_text(db, "SELECT value FROM meta WHERE key = 'command'"), "[\"prog\",\"--flag\"]");
    sqlite3_close(db);
    weft_collector_abort(f->c);
    f->c = NULL;
    assert_int_equal(access(partial, F_OK), -1);
    assert_int_equal(access(f->out, F_OK), -1);
}

static void test_unwritable_output(void **state)
{
    struct fixture *f = *state;
    struct weft_collector *c = NULL;
    char out[200];
    snprintf(out, sizeof(out), "%s/no/such/dir/trace.db", f->dir);
    struct weft_collector_opts o = {.dir = f->dir, .out = out};
    int r = weft_collector_open(&c, &o);
    assert_true(r < 0);
    assert_null(c);
    assert_non_null(weft_strerror(r));
}

/* A process that never made a traced call still gets its main thread (tid == pid). */
static void test_ringless_process_gets_main_thread(void **state)
{
    struct fixture *f = *state;
    open_collector(f);
    uint64_t start = fp_now();
    struct weft_proc_file *p = fp_proc_create(f->dir, getpid(), getppid(), start, 0, "p\0", 3);
    assert_non_null(p);
    p->end_ns = start + 5000;
    p->exited = 1;
    p->exit_code = 0;
    struct weft_collector_summary s;
    finish(f, &s);
    assert_int_equal(s.threads, 1);
    assert_int_equal(q_int(f->db, "SELECT count(*) FROM threads WHERE tid = pid"), 1);
    assert_int_equal(q_int(f->db, "SELECT end_ns - start_ns FROM threads"), 5000);
}

/* Ownerless leftovers: empty and old ones go; young (being set up) or non-empty ones stay. */
static void test_sweep_removes_old_empty_dirs(void **state)
{
    struct fixture *f = *state;
    char old[128], young[128], full[128], file[160];
    struct timespec t[2] = {{time(NULL) - 3600, 0}, {time(NULL) - 3600, 0}};

    snprintf(old, sizeof(old), "%s/weft-old", f->dir);
    snprintf(young, sizeof(young), "%s/weft-young", f->dir);
    snprintf(full, sizeof(full), "%s/weft-full", f->dir);
    snprintf(file, sizeof(file), "%s/1-2.proc", full);
    assert_int_equal(mkdir(old, 0700), 0);
    assert_int_equal(mkdir(young, 0700), 0);
    assert_int_equal(mkdir(full, 0700), 0);
    FILE *fp = fopen(file, "w");
    assert_non_null(fp);
    fclose(fp);
    assert_int_equal(utimensat(AT_FDCWD, old, t, 0), 0);
    assert_int_equal(utimensat(AT_FDCWD, full, t, 0), 0);
    weft_collector_sweep_stale(f->dir);
    assert_int_equal(access(old, F_OK), -1);
    assert_int_equal(access(young, F_OK), 0);
    assert_int_equal(access(file, F_OK), 0);
    unlink(file);
    rmdir(full);
    rmdir(young);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_events_land_with_columns_and_text, setup, teardown),
        cmocka_unit_test_setup_teardown(test_drops_counted, setup, teardown),
        cmocka_unit_test_setup_teardown(test_details_follow_their_events_across_batches, setup, teardown),
        cmocka_unit_test_setup_teardown(test_flight_recorder_cuts_by_time_when_behind, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reused_tid_gets_its_own_file, setup, teardown),
        cmocka_unit_test_setup_teardown(test_locks_summed_over_threads, setup, teardown),
        cmocka_unit_test_setup_teardown(test_dead_process_is_finalized, setup, teardown),
        cmocka_unit_test_setup_teardown(test_name_given_by_another_thread, setup, teardown),
        cmocka_unit_test_setup_teardown(test_inflight_counted_once, setup, teardown),
        cmocka_unit_test(test_queue_cap_from_cgroup_texts),
        cmocka_unit_test_setup_teardown(test_partial_until_finished, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unwritable_output, setup, teardown),
        cmocka_unit_test_setup_teardown(test_ringless_process_gets_main_thread, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sweep_removes_old_empty_dirs, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
