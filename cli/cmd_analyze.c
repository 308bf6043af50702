/* weft analyze: reads a trace.db and prints the verdict, thread states, contention and lock-order cycles. */
#include "analysis_model.h"
#include "commands.h"
#include "json_writer.h"
#include "out_file.h"
#include "weft_analysis.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void usage(FILE *f)
{
    fputs("usage: weft analyze [--format text|json] [-o FILE] trace.db\n"
          "\n"
          "Tells whether the traced program was CPU-bound, I/O-bound (disk, network, ipc),\n"
          "lock-bound, idle or mixed, with the numbers that show it and what to do; then the\n"
          "time of every thread by state, how many threads ran at once, the most contended\n"
          "locks and every lock-order cycle.  Rules: docs/analysis.md.\n"
          "\n"
          "options:\n"
          "  --format text|json  text (default) for people; json is schema weft-analysis/1\n"
          "                      (docs/analysis-json.md)\n"
          "  --compact           json on one line (default: indented)\n"
          "  -o, --output FILE   write to FILE instead of standard output (replaced whole,\n"
          "                      never left half-written)\n"
          "  -h, --help          this help\n"
          "\n"
          "An incomplete trace or dropped events are analyzed, with a warning first (and on\n"
          "standard error).\n"
          "Exit codes: 0 analyzed; 2 usage error, or the trace is missing, not a SQLite file,\n"
          "not a weft trace, or from a newer weft.\n",
          f);
}

static int render(const struct weft_analysis *a, int json, int compact, FILE *f)
{
    if (!json)
        return weft_analysis_write_text(a, f);
    struct weft_json j;
    weft_json_init(&j, f, !compact);
    int rc = weft_analysis_write_json(a, &j);
    fputc('\n', f);
    return rc ? rc : ferror(f) ? -EIO : 0;
}

/* Renders into out through weft_out, so a failure leaves no partial file. */
static int render_to_file(const struct weft_analysis *a, int json, int compact, const char *out)
{
    struct weft_out o;
    char err[512];
    int rc = weft_out_open(&o, out, err, sizeof(err));
    if (rc)
        return rc;
    rc = render(a, json, compact, o.f);
    if (rc) {
        weft_out_abort(&o);
        return rc;
    }
    return weft_out_commit(&o, err, sizeof(err));
}

int weft_cmd_analyze(int argc, char **argv)
{
    int json = 0, compact = 0;
    const char *out = NULL, *path = NULL;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        const char *val = NULL;
        if (!strcmp(arg, "-h") || !strcmp(arg, "--help")) {
            usage(stdout);
            return WEFT_EXIT_OK;
        } else if (!strcmp(arg, "--compact")) {
            compact = 1;
        } else if (!strncmp(arg, "--format=", 9) || !strcmp(arg, "--format")) {
            val = arg[8] == '=' ? arg + 9 : (i + 1 < argc ? argv[++i] : NULL);
            if (!val || (strcmp(val, "text") && strcmp(val, "json"))) {
                fprintf(stderr, "weft analyze: --format wants 'text' or 'json'%s%s\n",
                        val ? ", not " : "", val ? val : "");
                return WEFT_EXIT_ERROR;
            }
            json = !strcmp(val, "json");
        } else if (!strcmp(arg, "-o") || !strcmp(arg, "--output") || !strncmp(arg, "--output=", 9) ||
                   (!strncmp(arg, "-o", 2) && arg[2])) {
            out = !strncmp(arg, "--output=", 9) ? arg + 9
                  : (arg[1] == 'o' && arg[2]) ? arg + 2
                  : (i + 1 < argc ? argv[++i] : NULL);
            if (!out || !*out) {
                fputs("weft analyze: -o wants a file name\n", stderr);
                return WEFT_EXIT_ERROR;
            }
        } else if (!strcmp(arg, "--")) {
            if (i + 1 < argc && !path)
                path = argv[++i];
        } else if (arg[0] == '-' && arg[1]) {
            fprintf(stderr, "weft analyze: unknown option '%s' (see 'weft analyze --help')\n", arg);
            return WEFT_EXIT_ERROR;
        } else if (path) {
            fprintf(stderr, "weft analyze: one trace at a time ('%s' and '%s')\n", path, arg);
            return WEFT_EXIT_ERROR;
        } else {
            path = arg;
        }
    }
    if (!path) {
        fputs("weft analyze: no trace.db given (usage: weft analyze [--format text|json] [-o FILE] "
              "trace.db)\n",
              stderr);
        return WEFT_EXIT_ERROR;
    }

    char err[512];
    sqlite3 *db;
    if (weft_trace_open(path, &db, err, sizeof(err)) < 0) {
        fprintf(stderr, "weft analyze: %s\n", err);
        return WEFT_EXIT_ERROR;
    }
    struct weft_analysis *a;
    int rc = weft_analysis_run(db, &a, err, sizeof(err));
    sqlite3_close(db);
    if (rc < 0) {
        fprintf(stderr, "weft analyze: %s\n", err);
        return WEFT_EXIT_ERROR;
    }
    weft_analysis_set_trace_path(a, path);
    /* The warnings also go to stderr, so that a script piping the JSON still sees them. */
    for (size_t i = 0; i < a->nwarnings; i++)
        fprintf(stderr, "weft analyze: warning: %s: %s\n", path, a->warnings[i]);
    rc = out ? render_to_file(a, json, compact, out) : render(a, json, compact, stdout);
    weft_analysis_free(a);
    if (rc < 0) {
        fprintf(stderr, "weft analyze: writing %s: %s\n", out ? out : "standard output", strerror(-rc));
        return WEFT_EXIT_ERROR;
    }
    return WEFT_EXIT_OK;
}
