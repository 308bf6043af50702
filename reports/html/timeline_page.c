/* Assembles the self-contained timeline page: the embedded template with its CSS, JS and the trace's data inlined. */
#include "report_internal.h"
#include "weft_report.h"

#include "json_writer.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

/* Generated at build time from timeline.html, timeline.css and timeline.js (embed.cmake). */
extern const unsigned char weft__tpl_html[];
extern const unsigned char weft__tpl_css[];
extern const unsigned char weft__tpl_js[];

/* Reads and validates the races file, and makes it safe inside <script>: in valid JSON
 * '<', '>' and '&' can only occur inside strings, where \u escapes mean the same. */
static int load_races(const char *path, char **out, char *err, size_t errlen)
{
    char *text;
    size_t n, where;
    int r = weft__read_file(path, &text, &n);
    if (r) {
        snprintf(err, errlen, "%s: %s", path, strerror(-r));
        return r;
    }
    if (weft__json_check(text, n, &where) || !strstr(text, "\"findings\"")) {
        snprintf(err, errlen, "%s:%zu: not a weft check JSON file (weft check --format json)", path, where);
        free(text);
        return -EINVAL;
    }
    size_t extra = 0;
    for (size_t i = 0; i < n; i++)
        extra += (text[i] == '<' || text[i] == '>' || text[i] == '&') ? 5 : 0;
    char *safe = malloc(n + extra + 1), *p = safe;
    if (!safe) {
        free(text);
        snprintf(err, errlen, "%s: out of memory", path);
        return -ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        char c = text[i];
        if (c == '<' || c == '>' || c == '&')
            p += sprintf(p, "\\u%04x", (unsigned)c);
        else
            *p++ = c;
    }
    *p = '\0';
    free(text);
    *out = safe;
    return 0;
}

/* Writes tpl up to marker and returns the text after it. */
static const char *until(FILE *f, const char *tpl, const char *marker)
{
    const char *m = strstr(tpl, marker);
    if (!m) {
        fputs(tpl, f);
        return tpl + strlen(tpl);
    }
    fwrite(tpl, 1, (size_t)(m - tpl), f);
    return m + strlen(marker);
}

int weft_report_html(const char *trace_path, const char *races_path, const char *out_path, char *err,
                     size_t errlen)
{
    sqlite3 *db = NULL;
    char *races = NULL;
    struct weft_out out;
    if (weft__same_file(trace_path, out_path) || (races_path && weft__same_file(races_path, out_path))) {
        snprintf(err, errlen, "%s: the output would replace an input; choose another -o", out_path);
        return -EINVAL;
    }
    int r = weft__trace_open(trace_path, &db, err, errlen);
    if (r)
        return r;
    if (races_path && (r = load_races(races_path, &races, err, errlen)))
        goto done_db;
    if ((r = weft_out_open(&out, out_path, err, errlen)))
        goto done_races;

    const char *t = until(out.f, (const char *)weft__tpl_html, "/*@CSS@*/");
    fputs((const char *)weft__tpl_css, out.f);
    t = until(out.f, t, "@DATA@");
    struct weft_json j;
    weft_json_init(&j, out.f, 0);
    r = weft__timeline_data(db, trace_path, races, &j, err, errlen);
    if (r) {
        if (!err[0])
            snprintf(err, errlen, "%s: write failed: %s", out_path, strerror(-r));
        weft_out_abort(&out);
        goto done_races;
    }
    t = until(out.f, t, "/*@JS@*/");
    fputs((const char *)weft__tpl_js, out.f);
    fputs(t, out.f);
    r = weft_out_commit(&out, err, errlen);
done_races:
    free(races);
done_db:
    sqlite3_close(db);
    return r;
}
