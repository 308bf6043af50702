/* Opening a trace and embedding its analysis: through the analyzer when it is linked in, else a minimal check. */
#include "report_internal.h"

#include "json_writer.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#ifdef WEFT_REPORT_HAVE_ANALYSIS
#include "weft_analysis.h"

/* Set by weft report and weft export before they render; NULL: the whole trace. */
static const struct weft_trace_filter *report_filter;

void weft_report_filter(const struct weft_trace_filter *f)
{
    report_filter = f;
}

int weft__trace_open(const char *path, sqlite3 **db, char *err, size_t errlen)
{
    int r = weft_trace_open(path, db, err, errlen);
    if (r || !report_filter)
        return r;
    /* The page, the export and the analysis they embed all read the filtered views. */
    if ((r = weft_trace_filter(*db, report_filter, err, errlen)) < 0) {
        sqlite3_close(*db);
        *db = NULL;
    }
    return r;
}

int weft__write_analysis(sqlite3 *db, struct weft_json *j, char *note, size_t notelen)
{
    struct weft_analysis *a = NULL;
    note[0] = '\0';
    if (weft_analysis_run(db, &a, note, notelen) != 0 || !a) {
        weft_json_null(j);
        return 0;
    }
    int r = weft_analysis_write_json(a, j);
    weft_analysis_free(a);
    return r;
}
#else

/* Until the analyzer library lands: the same checks weft_trace_open documents. */
int weft__trace_open(const char *path, sqlite3 **db, char *err, size_t errlen)
{
    struct stat st;
    *db = NULL;
    if (stat(path, &st) != 0) {
        int e = errno;
        snprintf(err, errlen, "%s: %s", path, strerror(e));
        return -e;
    }
    if (!S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "%s: not a regular file", path);
        return -EINVAL;
    }
    sqlite3 *d = NULL;
    if (sqlite3_open_v2(path, &d, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "%s: cannot open: %s", path, d ? sqlite3_errmsg(d) : "out of memory");
        sqlite3_close(d);
        return -EIO;
    }
    sqlite3_stmt *st2 = NULL;
    int rc = sqlite3_prepare_v2(d, "SELECT value FROM meta WHERE key = 'schema_version'", -1, &st2, NULL);
    if (rc == SQLITE_NOTADB || (rc != SQLITE_OK && sqlite3_errcode(d) == SQLITE_NOTADB)) {
        snprintf(err, errlen, "%s: not a SQLite file (is it a weft trace.db?)", path);
        goto fail;
    }
    if (rc != SQLITE_OK) {
        snprintf(err, errlen, "%s: not a weft trace (%s)", path, sqlite3_errmsg(d));
        goto fail;
    }
    rc = sqlite3_step(st2);
    if (rc != SQLITE_ROW) {
        snprintf(err, errlen, "%s: not a weft trace (%s)", path,
                 rc == SQLITE_DONE ? "no schema_version" : sqlite3_errmsg(d));
        goto fail;
    }
    int version = sqlite3_column_int(st2, 0);
    if (version > 2) {
        snprintf(err, errlen, "%s was written by a newer weft (schema %d); upgrade weft", path, version);
        goto fail;
    }
    sqlite3_finalize(st2);
    *db = d;
    return 0;
fail:
    sqlite3_finalize(st2);
    sqlite3_close(d);
    return -EINVAL;
}

int weft__write_analysis(sqlite3 *db, struct weft_json *j, char *note, size_t notelen)
{
    (void)db;
    snprintf(note, notelen, "analysis not built into this weft");
    weft_json_null(j);
    return 0;
}
#endif
