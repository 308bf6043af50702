/* Unit tests of the report renderers: JSON checking, atomic output, and both renderers on a small trace. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "perfetto.h"
#include "report_internal.h"
#include "weft_report.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[256];

static void path_in(char *buf, size_t n, const char *name)
{
    snprintf(buf, n, "%s/%s", dir, name);
}

static int exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0;
}

/* A tiny trace: schema.sql plus two threads (one with a hostile name) and a few events. */
static void make_trace(const char *p)
{
    char *schema;
    size_t n;
    sqlite3 *db;
    assert_int_equal(weft__read_file(WEFT_SCHEMA_SQL, &schema, &n), 0);
    unlink(p);
    assert_int_equal(sqlite3_open(p, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, schema, NULL, NULL, NULL), SQLITE_OK);
    free(schema);
    const char *rows =
        "INSERT INTO meta VALUES ('schema_version','1'),('complete','1'),('start_ns','1000');"
        "INSERT INTO calls VALUES (28,'read','io'),(7,'pthread_mutex_lock','lock'),(2,'thread_start','thread');"
        "INSERT INTO fd_kinds VALUES (0,'none'),(1,'file');"
        "INSERT INTO processes VALUES (1,10,1,NULL,NULL,'/bin/x','[\"x\"]',1000,9000,0,NULL);"
        "INSERT INTO threads VALUES (1,1,10,10,'main',NULL,NULL,1000,9000,NULL,0),"
        " (2,1,10,11,'</script><b>x</b>','work',10,2000,8000,NULL,0);"
        "INSERT INTO events (ts_ns,dur_ns,process_id,pid,tid,thread_id,call,fd_kind,obj,ret,errno,holder_tid,detail) VALUES"
        " (2000,0,1,10,11,2,2,0,NULL,0,0,NULL,NULL),"
        " (3000,1500,1,10,11,2,28,1,3,100,0,NULL,'/tmp/a&b'),"
        " (3500,200,1,10,11,2,28,1,3,5,0,NULL,NULL),"      /* overlaps the previous one */
        " (5000,700,1,10,10,1,7,0,4096,0,0,11,NULL);"
        "INSERT INTO lock_order VALUES (1,1,4096,8192,NULL,NULL,1,5700);";
    assert_int_equal(sqlite3_exec(db, rows, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
}

/* Whole file as a string; fails the test when unreadable. */
static char *slurp(const char *p)
{
    FILE *f = fopen(p, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    char *buf = malloc((size_t)n + 1);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static void test_json_check(void **state)
{
    (void)state;
    static const char *good[] = {"{}", " [1, -2.5e3, \"a\\u00e9\\n\", true, false, null, {\"k\": []}] ", "\"x\"", "0"};
    static const char *bad[] = {"", "{", "{\"a\" 1}", "[1,]", "01x", "\"unterminated", "{\"a\":1}}", "[\"\\q\"]", "nul"};
    size_t where;
    for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++)
        assert_int_equal(weft__json_check(good[i], strlen(good[i]), &where), 0);
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        assert_int_equal(weft__json_check(bad[i], strlen(bad[i]), &where), -EINVAL);
}

static void test_out_abort_leaves_nothing(void **state)
{
    (void)state;
    char p[300], err[256];
    struct weft_out o;
    path_in(p, sizeof(p), "aborted.txt");
    assert_int_equal(weft_out_open(&o, p, err, sizeof(err)), 0);
    fputs("half", o.f);
    weft_out_abort(&o);
    assert_false(exists(p));
    assert_int_equal(weft_out_open(&o, p, err, sizeof(err)), 0);
    fputs("whole", o.f);
    assert_int_equal(weft_out_commit(&o, err, sizeof(err)), 0);
    char *t = slurp(p);
    assert_string_equal(t, "whole");
    free(t);
}

static void test_html(void **state)
{
    (void)state;
    char db[300], out[300], err[256] = "";
    path_in(db, sizeof(db), "t.db");
    path_in(out, sizeof(out), "t.html");
    make_trace(db);
    assert_int_equal(weft_report_html(db, NULL, out, err, sizeof(err)), 0);
    char *page = slurp(out);
    assert_null(strstr(page, "</script><b>"));          /* the hostile name is escaped */
    assert_non_null(strstr(page, "\\u003c/script\\u003e\\u003cb\\u003ex")); /* ... and present */
    assert_non_null(strstr(page, "\"n\":4"));           /* every event */
    assert_non_null(strstr(page, "/tmp/a\\u0026b"));
    const char *d = strstr(page, "id=\"weft-data\">");
    assert_non_null(d);
    d += strlen("id=\"weft-data\">");
    const char *e = strstr(d, "</script>");
    size_t where;
    assert_int_equal(weft__json_check(d, (size_t)(e - d), &where), 0);
    free(page);
}

static void test_perfetto(void **state)
{
    (void)state;
    char db[300], out[300], err[256] = "";
    path_in(db, sizeof(db), "t.db");
    path_in(out, sizeof(out), "t.json");
    make_trace(db);
    assert_int_equal(weft_report_perfetto(db, out, err, sizeof(err)), 0);
    char *t = slurp(out);
    size_t where;
    assert_int_equal(weft__json_check(t, strlen(t), &where), 0);
    assert_non_null(strstr(t, "\"ph\":\"b\""));  /* the overlapping read became async */
    assert_non_null(strstr(t, "\"ts\":2.500"));  /* µs with fractions, relative to the start */
    assert_non_null(strstr(t, "\"name\":\"lock handoff\""));
    assert_non_null(strstr(t, "\"name\":\"thread create\""));
    free(t);
}

static void test_bad_trace(void **state)
{
    (void)state;
    char db[300], out[300], err[256] = "";
    path_in(db, sizeof(db), "missing.db");
    path_in(out, sizeof(out), "never.html");
    assert_true(weft_report_html(db, NULL, out, err, sizeof(err)) < 0);
    assert_non_null(strstr(err, db));
    assert_false(exists(out));
    err[0] = '\0';
    assert_true(weft_report_perfetto(db, out, err, sizeof(err)) < 0);
    assert_non_null(strstr(err, db));
    assert_false(exists(out));
}

int main(void)
{
    snprintf(dir, sizeof(dir), "/tmp/weft-test-report-XXXXXX");
    if (!mkdtemp(dir))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json_check), cmocka_unit_test(test_out_abort_leaves_nothing),
        cmocka_unit_test(test_html),       cmocka_unit_test(test_perfetto),
        cmocka_unit_test(test_bad_trace),
    };
    int r = cmocka_run_group_tests(tests, NULL, NULL);
    char cmd[300];
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        r = r ? r : 1;
    return r;
}
