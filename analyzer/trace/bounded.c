/* What a bounded trace left out (weft run --last, --duration, --max-size), read from its meta as one line. */
#include "analysis_internal.h"
#include "weft_analysis.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* N with thousands separators: 1,234,567. */
static void count(char *buf, size_t len, unsigned long long n)
{
    char digits[32];
    int nd = snprintf(digits, sizeof(digits), "%llu", n);
    size_t k = 0;
    for (int i = 0; i < nd && k + 2 < len; i++) {
        if (i && (nd - i) % 3 == 0)
            buf[k++] = ',';
        buf[k++] = digits[i];
    }
    buf[k] = '\0';
}

struct bound_meta {
    long long start, end, kept_from, left_before, stopped, left_after;
    char bound[256], reason[32];
};

static void read_meta(sqlite3 *db, struct bound_meta *m)
{
    sqlite3_stmt *st;
    memset(m, 0, sizeof(*m));
    if (sqlite3_prepare_v2(db, "SELECT key, value FROM meta", -1, &st, NULL) != SQLITE_OK)
        return;
    long long trace_start = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *k = (const char *)sqlite3_column_text(st, 0);
        const char *v = (const char *)sqlite3_column_text(st, 1);
        if (!k || !v)
            continue;
        long long x = strtoll(v, NULL, 10);
        if (!strcmp(k, "start_ns"))
            m->start = x;
        else if (!strcmp(k, "trace_start_ns")) /* the run's start: weft_trace_filter clips start_ns */
            trace_start = x;
        else if (!strcmp(k, "end_ns"))
            m->end = x;
        else if (!strcmp(k, "kept_from_ns"))
            m->kept_from = x;
        else if (!strcmp(k, "left_out_before"))
            m->left_before = x;
        else if (!strcmp(k, "stopped_ns"))
            m->stopped = x;
        else if (!strcmp(k, "left_out_after"))
            m->left_after = x;
        else if (!strcmp(k, "bound"))
            snprintf(m->bound, sizeof(m->bound), "%s", v);
        else if (!strcmp(k, "stop_reason"))
            snprintf(m->reason, sizeof(m->reason), "%s", v);
    }
    sqlite3_finalize(st);
    if (trace_start)
        m->start = trace_start;
}

int weft_trace_left_out(struct sqlite3 *db, char *buf, size_t len)
{
    struct bound_meta m;
    read_meta(db, &m);
    size_t off = 0;
    buf[0] = '\0';
    char n[40];
    if (m.kept_from > m.start && m.left_before > 0) {
        count(n, sizeof(n), (unsigned long long)m.left_before);
        off += (size_t)snprintf(buf + off, len - off,
                                "flight recorder%s%s%s: %s events that ended before %.3f s were left out; "
                                "analyzed from there",
                                m.bound[0] ? " (" : "", m.bound, m.bound[0] ? ")" : "", n,
                                (double)(m.kept_from - m.start) / 1e9);
        if (m.end > m.kept_from && off < len)
            off += (size_t)snprintf(buf + off, len - off, " (the last %.3f s)", (double)(m.end - m.kept_from) / 1e9);
    }
    if (m.stopped > 0 && off < len) {
        count(n, sizeof(n), (unsigned long long)m.left_after);
        off += (size_t)snprintf(buf + off, len - off, "%srecording stopped at %.3f s (%s): %s later events left out; "
                                "analyzed up to there",
                                off ? "; " : "", m.stopped > m.start ? (double)(m.stopped - m.start) / 1e9 : 0.0,
                                !strcmp(m.reason, "max-size") ? "--max-size" : "--duration", n);
    }
    return off > 0;
}
