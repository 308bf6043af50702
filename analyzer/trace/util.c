/* Small helpers of the analyzer: strings, string vectors, SQLite column reads, errors. */
#define _GNU_SOURCE /* vasprintf */
#include "analysis_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *weft__an_strdup(const char *s)
{
    return s ? strdup(s) : NULL;
}

char *weft__an_asprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    int n = vasprintf(&s, fmt, ap);
    va_end(ap);
    return n < 0 ? NULL : s;
}

int weft__an_strv_push(char ***v, size_t *n, char *s)
{
    if (!s)
        return -ENOMEM;
    char **nv = realloc(*v, (*n + 1) * sizeof(**v));
    if (!nv) {
        free(s);
        return -ENOMEM;
    }
    nv[(*n)++] = s;
    *v = nv;
    return 0;
}

void weft__an_strv_free(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

int weft__an_err(struct weft__an_ctx *c, int rc, const char *fmt, ...)
{
    if (c->err && c->errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(c->err, c->errlen, fmt, ap);
        va_end(ap);
    }
    return rc;
}

int weft__an_sql_err(struct weft__an_ctx *c, const char *what)
{
    return weft__an_err(c, -EIO, "%s: reading %s: %s", c->a->trace ? c->a->trace : "trace.db", what,
                     sqlite3_errmsg(c->db));
}

char *weft__an_col_text(sqlite3_stmt *st, int col)
{
    const unsigned char *t = sqlite3_column_text(st, col);
    return t ? strdup((const char *)t) : NULL;
}

int64_t weft__an_col_int(sqlite3_stmt *st, int col)
{
    if (sqlite3_column_type(st, col) == SQLITE_NULL)
        return WEFT_AN_NULL;
    return sqlite3_column_int64(st, col);
}

int weft__an_fmt_pct(char *buf, size_t len, double share)
{
    double p = share * 100.0;
    /* Small shares keep one decimal so that "0%" never hides a real cost. */
    if (p > 0 && p < 9.95)
        return snprintf(buf, len, "%.1f%%", p);
    return snprintf(buf, len, "%.0f%%", p);
}

long weft__an_find_id(const void *rows, size_t n, size_t size, int64_t id)
{
    const char *base = rows;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (*(const int64_t *)(const void *)(base + mid * size) < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && *(const int64_t *)(const void *)(base + lo * size) == id ? (long)lo : -1;
}
