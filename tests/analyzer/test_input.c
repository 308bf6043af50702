/* Unit tests: bad input (missing, not SQLite, not weft, newer schema) and incomplete or lossy traces, in the API and the JSON. */
#define _GNU_SOURCE /* open_memstream */
#include "analysis_model.h"
#include "fixture.h"
#include "json_writer.h"
#include "weft_analysis.h"
#include "weft_calls.h"

#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

static char *open_error(const char *path, int *rc)
{
    static char err[512];
    sqlite3 *db = (sqlite3 *)1;
    err[0] = '\0';
    *rc = weft_trace_open(path, &db, err, sizeof(err));
    assert_null(db);
    return err;
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void test_missing_file(void **unused)
{
    (void)unused;
    int rc;
    char *err = open_error("/nonexistent/trace.db", &rc);
    assert_int_equal(rc, -ENOENT);
    assert_string_equal(err, "/nonexistent/trace.db: No such file or directory");
}

static void test_not_sqlite(void **unused)
{
    (void)unused;
    char path[] = "/tmp/weft-test-txtXXXXXX";
    close(mkstemp(path));
    write_file(path, "this is a text file, long enough to have a header\n");
    int rc;
    char *err = open_error(path, &rc);
    assert_true(rc < 0);
    assert_non_null(strstr(err, "not a SQLite database"));
    assert_non_null(strstr(err, path));
    write_file(path, "");
    err = open_error(path, &rc);
    assert_true(rc < 0);
    assert_non_null(strstr(err, "empty file"));
    unlink(path);
}

static void test_not_weft(void **unused)
{
    (void)unused;
    char path[] = "/tmp/weft-test-dbXXXXXX";
    close(mkstemp(path));
    unlink(path);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "CREATE TABLE shopping (item TEXT)", NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(db);
    int rc;
    char *err = open_error(path, &rc);
    assert_true(rc < 0);
    assert_non_null(strstr(err, "not a weft trace (no table 'meta')"));
    unlink(path);
}

static void test_newer_schema(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    fx_sql(&fx, "COMMIT; PRAGMA user_version = 4; BEGIN");
    fx_sql(&fx, "COMMIT");
    sqlite3_close(fx.db);
    fx.db = NULL;
    int rc;
    char *err = open_error(fx.path, &rc);
    assert_true(rc < 0);
    char want[256];
    snprintf(want, sizeof(want), "%s: schema version 4 is newer than this weft (3); upgrade weft",
             fx.path);
    assert_string_equal(err, want);
    fx_destroy(&fx);
}

static char *to_json(const struct weft_analysis *a)
{
    /* static: the stream keeps &buf, which gcc would call dangling once we return buf. */
    static char *buf;
    static size_t len;
    buf = NULL;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    struct weft_json j;
    weft_json_init(&j, f, 0);
    assert_int_equal(weft_analysis_write_json(a, &j), 0);
    fclose(f);
    return buf;
}

static char *to_text(const struct weft_analysis *a)
{
    /* static: the stream keeps &buf, which gcc would call dangling once we return buf. */
    static char *buf;
    static size_t len;
    buf = NULL;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    assert_int_equal(weft_analysis_write_text(a, f), 0);
    fclose(f);
    return buf;
}

/* An incomplete trace with dropped events is analyzed and says both first. */
static void test_incomplete_and_dropped(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    fx_meta(&fx, "complete", "0");
    fx_meta(&fx, "incomplete_reason", "the collector was killed");
    int64_t p = fx_process(&fx, 100, 0, INT64_MIN);
    int64_t t = fx_thread(&fx, p, 100, 0, INT64_MIN, 500);
    fx_event(&fx, t, 100, 900, WEFT_CALL_NANOSLEEP, 0, 0, 0, INT64_MIN);
    fx_sql(&fx, "UPDATE threads SET dropped = 7");
    struct weft_analysis *a = fx_analyze(&fx);
    assert_false(a->complete);
    assert_int_equal(a->dropped_events, 7);
    assert_int_equal(a->nwarnings, 2);
    assert_non_null(strstr(a->warnings[0], "incomplete trace: the collector was killed"));
    assert_non_null(strstr(a->warnings[1], "7 events were dropped (ring full) in 1 thread"));
    /* The thread's end is unknown: it lasts until its last event. */
    assert_int_equal(a->threads[0].life_end, 1000);

    char *json = to_json(a);
    assert_non_null(strstr(json, "{\"schema\":\"weft-analysis/1\""));
    assert_non_null(strstr(json, "\"complete\":false,\"incomplete_reason\":\"the collector was killed\""));
    assert_non_null(strstr(json, "\"dropped_events\":7"));
    assert_non_null(strstr(json, "\"argv\":[\"prog\",\"-x\"]"));
    assert_non_null(strstr(json, "\"end_known\":false"));
    free(json);

    char *text = to_text(a);
    assert_true(!strncmp(strstr(text, "\n") + 1, "WARNING: incomplete trace", 25));
    assert_non_null(strstr(text, "WARNING: 7 events were dropped"));
    assert_true(strstr(text, "WARNING") < strstr(text, "Verdict:"));
    free(text);
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* A trace the collector never finished (no 'complete' key) is incomplete too. */
static void test_unfinished_meta(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    fx_sql(&fx, "DELETE FROM meta WHERE key = 'complete'");
    struct weft_analysis *a = fx_analyze(&fx);
    assert_false(a->complete);
    assert_non_null(a->incomplete_reason);
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* A process that made no traced call has no thread: the reader is told its time is missing. */
static void test_process_without_threads(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    int64_t p = fx_process(&fx, 100, 0, 1000);
    fx_process(&fx, 101, 0, 1000);
    fx_thread(&fx, p, 100, 0, 1000, 1000);
    struct weft_analysis *a = fx_analyze(&fx);
    assert_int_equal(a->nwarnings, 1);
    assert_non_null(strstr(a->warnings[0], "1 process without any recorded thread"));
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* Every state name of the contract is in the JSON, per thread. */
static void test_json_fields(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    int64_t p = fx_process(&fx, 100, 0, 1000);
    fx_thread(&fx, p, 100, 0, 1000, 1000);
    struct weft_analysis *a = fx_analyze(&fx);
    char *json = to_json(a);
    static const char *const keys[] = {
        "\"verdict\":\"cpu-bound\"", "\"verdict_kind\":null", "\"evidence\":[", "\"recommendation\":",
        "\"parallelism\":{\"mean\":", "\"histogram\":[", "\"processes\":[", "\"threads\":[",
        "\"coroutines\":[]", "\"locks\":[]", "\"lock_order_cycles\":[]", "\"ncpus\":2",
        "\"wall_ns\":1000", "\"start_routine\":null",
    };
    for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
        if (!strstr(json, keys[i]))
            fprintf(stderr, "missing %s in %s\n", keys[i], json);
        assert_non_null(strstr(json, keys[i]));
    }
    for (int s = 0; s < WEFT_ST_COUNT; s++) {
        char key[64];
        snprintf(key, sizeof(key), "\"%s\":", weft_state_names[s]);
        assert_non_null(strstr(json, key));
    }
    free(json);
    weft_analysis_free(a);
    fx_destroy(&fx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_missing_file),     cmocka_unit_test(test_not_sqlite),
        cmocka_unit_test(test_not_weft),         cmocka_unit_test(test_newer_schema),
        cmocka_unit_test(test_incomplete_and_dropped), cmocka_unit_test(test_unfinished_meta),
        cmocka_unit_test(test_process_without_threads), cmocka_unit_test(test_json_fields),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
