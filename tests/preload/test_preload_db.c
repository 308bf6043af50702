/* Integration tests through `weft run`: real programs traced into trace.db, asserting what a user would query. */
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

#include "run_traced.h"
#include "weft_calls.h"

/* A scratch directory with the trace and the files a program makes. */
struct scratch {
    char dir[64];
    char db[128];
};

static void scratch_make(struct scratch *s)
{
    strcpy(s->dir, "/tmp/weft-test-db-XXXXXX");
    assert_non_null(mkdtemp(s->dir));
    snprintf(s->db, sizeof s->db, "%s/t.db", s->dir);
}

static void scratch_remove(struct scratch *s)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", s->dir);
    assert_int_equal(system(cmd), 0);
}

/*
 * `weft run -q -o DB --threshold NS -- PROG ARGS...` (PROG relative to PROG_DIR unless
 * absolute).  With ready_line, returns once the program printed it (see run_prog).
 */
static void weft_run(const char *db, const char *threshold, const char *prog,
                     const char *const *args, const char *ready_line, struct run *r)
{
    char path[4096];
    const char *argv[16] = {"run", "-q", "-o", db, "--threshold", threshold, "--", path};
    size_t n = 8;

    snprintf(path, sizeof path, "%s%s%s", prog[0] == '/' ? "" : PROG_DIR,
             prog[0] == '/' ? "" : "/", prog);
    for (size_t i = 0; args && args[i] && n < 14; i++)
        argv[n++] = args[i];
    argv[n] = NULL;
    assert_int_equal(run_prog(WEFT_BIN_PATH, argv, 0, NULL, ready_line, r), 0);
}

static sqlite3 *db_open(const char *path)
{
    sqlite3 *db;
    assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    return db;
}

/* The first column of the first row of a query (printf-style, sqlite3_mprintf: %Q quotes); -1 if no row, -2 if NULL. */
static int64_t q1(sqlite3 *db, const char *fmt, ...)
{
    va_list ap;
    sqlite3_stmt *st;
    int64_t v = -1;

    va_start(ap, fmt);
    char *sql = sqlite3_vmprintf(fmt, ap);
    va_end(ap);
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        fail_msg("%s: %s", sql, sqlite3_errmsg(db));
    if (sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_type(st, 0) == SQLITE_NULL ? -2 : sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_free(sql);
    return v;
}

/* 1 when `nm -D --undefined-only FILE` lists SYMBOL. */
static int imports(const char *file, const char *symbol)
{
    char cmd[4200], line[512];
    int found = 0;

    snprintf(cmd, sizeof cmd, "nm -D --undefined-only '%s' 2>/dev/null", file);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    while (fgets(line, sizeof line, p)) {
        char *s = strstr(line, " U ");
        if (s && strncmp(s + 3, symbol, strlen(symbol)) == 0 &&
            (s[3 + strlen(symbol)] == '@' || s[3 + strlen(symbol)] == '\n'))
            found = 1;
    }
    pclose(p);
    return found;
}

/*
 * A program built with -O2 -D_FORTIFY_SOURCE=2 reads, opens and polls through
 * glibc's checked entry points; traced, they are the same events and counts as the
 * plain calls (path, fd kind, bytes), and its output is unchanged.
 */
static void fortified_calls_are_recorded_as_plain_ones(void **state)
{
    const char *prog = PROG_DIR "/weft-test-fortified";
    const char *chk[] = {"__read_chk", "__pread_chk", "__open_2", "__openat_2", "__poll_chk",
                         "__ppoll_chk", "__recv_chk", "__recvfrom_chk"};
    struct scratch s;
    struct run plain, tr;
    char file[160];
    (void)state;

    for (size_t i = 0; i < sizeof chk / sizeof *chk; i++)
        if (!imports(prog, chk[i]))
            fail_msg("the test program does not import %s: the compiler did not fortify it", chk[i]);
    scratch_make(&s);
    snprintf(file, sizeof file, "%s/data", s.dir);
    const char *args[] = {file, NULL};
    assert_int_equal(run_prog(prog, args, 0, NULL, NULL, &plain), 0);
    weft_run(s.db, "0", prog, args, NULL, &tr);
    assert_true(WIFEXITED(tr.status));
    assert_int_equal(WEXITSTATUS(tr.status), 0);
    assert_string_equal(plain.out,
                        "read 14 pread 5 openat-read 6 poll 1 ppoll 1 recv 3 recvfrom 3\n");
    assert_string_equal(tr.out, plain.out);

    sqlite3 *db = db_open(s.db);
    /* __open_2 (flags O_RDONLY) beside the plain open that created the file. */
    assert_int_equal(q1(db, "SELECT count(*) FROM events WHERE call = %d AND detail = %Q",
                        WEFT_CALL_OPEN, file), 2);
    int64_t fd = q1(db, "SELECT ret FROM events WHERE call = %d AND detail = %Q AND obj2 = 0",
                    WEFT_CALL_OPEN, file);
    assert_true(fd >= 0);
    assert_int_equal(q1(db, "SELECT count(*) FROM events WHERE call = %d AND detail = %Q AND "
                            "ret >= 0", WEFT_CALL_OPENAT, file), 1);
    /* __read_chk: the 14 bytes of the file, then 6 through the openat fd; file fds. */
    assert_int_equal(q1(db, "SELECT count(*) FROM events e JOIN fd_kinds k ON k.id = e.fd_kind "
                            "WHERE e.call = %d AND k.name = 'file' AND e.ret IN (14, 6)",
                        WEFT_CALL_READ), 2);
    assert_int_equal(q1(db, "SELECT ret FROM events WHERE call = %d AND obj = %lld",
                        WEFT_CALL_PREAD, (long long)fd), 5);
    assert_int_equal(q1(db, "SELECT count(*) FROM events e JOIN fd_kinds k ON k.id = e.fd_kind "
                            "WHERE e.call IN (%d, %d) AND k.name = 'unix' AND e.ret = 3",
                        WEFT_CALL_RECV, WEFT_CALL_RECVFROM), 2);
    assert_int_equal(q1(db, "SELECT count(*) FROM events WHERE call IN (%d, %d) AND ret = 1 "
                            "AND obj2 = 1", WEFT_CALL_POLL, WEFT_CALL_PPOLL), 2);
    /* Counted once each: glibc's checked calls do not go through our plain wrappers too. */
    assert_int_equal(q1(db, "SELECT sum(count) FROM call_counts WHERE call = %d", WEFT_CALL_READ), 2);
    assert_int_equal(q1(db, "SELECT sum(bytes) FROM call_counts WHERE call = %d", WEFT_CALL_READ), 20);
    assert_int_equal(q1(db, "SELECT sum(count) FROM call_counts WHERE call = %d", WEFT_CALL_OPEN), 2);
    assert_int_equal(q1(db, "SELECT sum(bytes) FROM call_counts WHERE call = %d", WEFT_CALL_RECVFROM), 3);
    sqlite3_close(db);
    scratch_remove(&s);
}

/* A read past its buffer still aborts under the tracer, as untraced, and leaves no read behind. */
static void fortified_overflow_still_aborts(void **state)
{
    const char *prog = PROG_DIR "/weft-test-fortified";
    struct scratch s;
    struct run plain, tr;
    char file[160];
    (void)state;

    scratch_make(&s);
    snprintf(file, sizeof file, "%s/data", s.dir);
    const char *args[] = {file, "overflow", NULL};
    assert_int_equal(run_prog(prog, args, 0, NULL, NULL, &plain), 0);
    assert_true(WIFSIGNALED(plain.status));
    assert_int_equal(WTERMSIG(plain.status), SIGABRT);
    weft_run(s.db, "0", prog, args, NULL, &tr);
    assert_true(WIFEXITED(tr.status));
    assert_int_equal(WEXITSTATUS(tr.status), 128 + SIGABRT);
    sqlite3 *db = db_open(s.db);
    assert_int_equal(q1(db, "SELECT exit_signal FROM processes"), SIGABRT);
    assert_int_equal(q1(db, "SELECT count(*) FROM events WHERE call = %d", WEFT_CALL_READ), 0);
    sqlite3_close(db);
    scratch_remove(&s);
}

/* Debian's xz opens its input through __open_2: the open is in the trace with the path. */
static void xz_input_open_is_recorded(void **state)
{
    const char *xz = "/usr/bin/xz";
    struct scratch s;
    struct run tr;
    char in[160], out[170];
    (void)state;

    if (access(xz, X_OK) != 0 || !imports(xz, "__open_2"))
        skip();
    scratch_make(&s);
    snprintf(in, sizeof in, "%s/input", s.dir);
    snprintf(out, sizeof out, "%s.xz", in);
    FILE *f = fopen(in, "w");
    assert_non_null(f);
    for (int i = 0; i < 5000; i++)
        fprintf(f, "line %d\n", i);
    fclose(f);
    const char *args[] = {"-k", "-f", in, NULL};
    weft_run(s.db, "0", xz, args, NULL, &tr);
    assert_true(WIFEXITED(tr.status));
    assert_int_equal(WEXITSTATUS(tr.status), 0);
    assert_int_equal(access(out, F_OK), 0);
    sqlite3 *db = db_open(s.db);
    /* Opened for reading (no O_CREAT: __open_2), and it succeeded. */
    assert_int_equal(q1(db, "SELECT count(*) FROM events WHERE call = %d AND detail = %Q AND "
                            "ret >= 0 AND (obj2 & 64) = 0", WEFT_CALL_OPEN, in), 1);
    assert_int_equal(q1(db, "SELECT count(*) FROM events WHERE call = %d AND detail = %Q",
                        WEFT_CALL_OPEN, out), 1);
    sqlite3_close(db);
    scratch_remove(&s);
}

/* Rows of the main thread's coroutine-category events, in order, as "name obj>obj2 @coro". */
static void coro_events(sqlite3 *db, char *buf, size_t cap)
{
    sqlite3_stmt *st;
    size_t n = 0;

    assert_int_equal(sqlite3_prepare_v2(db,
                                        "SELECT c.name, e.obj, CASE c.name WHEN 'makecontext' THEN 0 "
                                        "ELSE e.obj2 END, "
                                        "coalesce((SELECT key FROM coroutines k WHERE k.id = "
                                        "e.coroutine_id), 0) FROM events e JOIN calls c ON "
                                        "c.id = e.call WHERE c.category = 'coro' OR "
                                        "(e.call = 29 AND e.obj = 1) ORDER BY e.ts_ns, e.id",
                                        -1, &st, NULL),
                     SQLITE_OK);
    buf[0] = 0;
    while (sqlite3_step(st) == SQLITE_ROW && n < cap)
        n += (size_t)snprintf(buf + n, cap - n, "%s %lld>%lld @%lld; ", sqlite3_column_text(st, 0),
                              (long long)sqlite3_column_int64(st, 1),
                              (long long)sqlite3_column_int64(st, 2),
                              (long long)sqlite3_column_int64(st, 3));
    sqlite3_finalize(st);
}

/*
 * getcontext as a save point: a setcontext to a context saved inside a coroutine enters
 * that coroutine, and what runs after getcontext returns the second time is the
 * coroutine's.  The program's output is the same traced and untraced.
 */
static void getcontext_save_points_are_attributed(void **state)
{
    struct scratch s;
    struct run plain, tr;
    char got[2048];
    (void)state;

    assert_int_equal(run_prog("weft-test-getctx", NULL, 0, NULL, NULL, &plain), 0);
    assert_string_equal(plain.out, "a start\nmain back\na resumed\nmain resumed\n");
    scratch_make(&s);
    weft_run(s.db, "0", "weft-test-getctx", NULL, NULL, &tr);
    assert_true(WIFEXITED(tr.status));
    assert_int_equal(WEXITSTATUS(tr.status), 0);
    assert_string_equal(tr.out, plain.out);
    sqlite3 *db = db_open(s.db);
    assert_int_equal(q1(db, "SELECT count(*) FROM coroutines WHERE entry = 'coro_a'"), 1);
    assert_int_equal(q1(db, "SELECT key FROM coroutines WHERE entry = 'coro_a'"), 1);
    coro_events(db, got, sizeof got);
    /* write lines: obj is fd 1, obj2 0; the coroutine running them is the last field. */
    assert_string_equal(got, "getcontext 0>0 @0; "   /* main: the context for makecontext */
                             "makecontext 1>0 @0; "  /* (its obj2, the entry address, shown as 0) */
                             "swapcontext 0>1 @0; "
                             "write 1>0 @1; "        /* a start */
                             "getcontext 1>1 @1; "   /* coro_a's save point */
                             "setcontext 1>0 @1; "
                             "write 1>0 @0; "        /* main back */
                             "getcontext 0>0 @0; "   /* main's save point */
                             "setcontext 0>1 @0; "   /* into coro_a's save point */
                             "write 1>0 @1; "        /* a resumed: coro_a's getcontext returned again */
                             "setcontext 1>0 @1; "   /* into main's save point */
                             "write 1>0 @0; ");      /* main resumed */
    sqlite3_close(db);
    scratch_remove(&s);
}

/*
 * A read that never returned (its thread killed by SIGKILL, or left behind by exit) is
 * an event with ret NULL and is counted in call_counts, once, beside the reads that
 * returned (the threshold keeps those out of events).
 */
static void unreturned_calls_are_counted(void **state)
{
    struct scratch s;
    struct run tr;
    (void)state;

    scratch_make(&s);
    weft_run(s.db, "1000000000", "weft-test-blocked", NULL, "ready", &tr);
    int pid = atoi(strstr(tr.out, "ready ") + 6);
    assert_true(pid > 0);
    usleep(100 * 1000); /* both threads are in their reads */
    assert_int_equal(kill(pid, SIGKILL), 0);
    assert_int_equal(waitpid(tr.pid, &tr.status, 0), tr.pid);
    assert_true(WIFEXITED(tr.status));
    assert_int_equal(WEXITSTATUS(tr.status), 128 + SIGKILL);
    sqlite3 *db = db_open(s.db);
    assert_int_equal(q1(db, "SELECT count(*) FROM events WHERE call = %d AND ret IS NULL",
                        WEFT_CALL_READ), 2);
    /* main: 3 reads of /dev/zero and the one it was killed in; only that one an event. */
    const char *per = "SELECT cc.%s FROM call_counts cc JOIN threads t ON t.id = cc.thread_id "
                      "WHERE cc.call = %d AND t.tid %s t.pid";
    assert_int_equal(q1(db, per, "count", WEFT_CALL_READ, "="), 4);
    assert_int_equal(q1(db, per, "recorded", WEFT_CALL_READ, "="), 1);
    assert_int_equal(q1(db, per, "errors", WEFT_CALL_READ, "="), 0);
    assert_int_equal(q1(db, per, "count", WEFT_CALL_READ, "<>"), 1);
    assert_int_equal(q1(db, per, "recorded", WEFT_CALL_READ, "<>"), 1);
    /* Its time is the event's. */
    assert_int_equal(q1(db, "SELECT cc.total_ns - e.dur_ns FROM call_counts cc JOIN events e "
                            "ON e.thread_id = cc.thread_id AND e.call = cc.call JOIN threads t "
                            "ON t.id = cc.thread_id WHERE cc.call = %d AND t.tid <> t.pid",
                        WEFT_CALL_READ), 0);
    sqlite3_close(db);
    scratch_remove(&s);

    /* exit from main while the other thread waits. */
    const char *args[] = {"exit", NULL};
    scratch_make(&s);
    weft_run(s.db, "1000000000", "weft-test-blocked", args, NULL, &tr);
    assert_true(WIFEXITED(tr.status));
    assert_int_equal(WEXITSTATUS(tr.status), 0);
    assert_string_equal(tr.out, "exiting\n");
    db = db_open(s.db);
    assert_int_equal(q1(db, "SELECT count(*) FROM events WHERE call = %d AND ret IS NULL",
                        WEFT_CALL_READ), 1);
    assert_int_equal(q1(db, per, "count", WEFT_CALL_READ, "="), 3);
    assert_int_equal(q1(db, per, "recorded", WEFT_CALL_READ, "="), 0);
    assert_int_equal(q1(db, per, "count", WEFT_CALL_READ, "<>"), 1);
    assert_int_equal(q1(db, per, "recorded", WEFT_CALL_READ, "<>"), 1);
    sqlite3_close(db);
    scratch_remove(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fortified_calls_are_recorded_as_plain_ones),
        cmocka_unit_test(fortified_overflow_still_aborts),
        cmocka_unit_test(xz_input_open_is_recorded),
        cmocka_unit_test(getcontext_save_points_are_attributed),
        cmocka_unit_test(unreturned_calls_are_counted),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
