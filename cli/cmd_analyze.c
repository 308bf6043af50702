/* weft analyze: reads a trace.db and prints the verdict, thread states, contention and lock-order cycles. */
#include "analysis_model.h"
#include "commands.h"
#include "filter_opts.h"
#include "json_writer.h"
#include "options.h"
#include "out_file.h"
#include "weft_analysis.h"
#include "weft_error.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void usage(FILE *f)
{
    fputs("usage: weft analyze [--format text|json] [-o FILE] [--from S] [--to S] [--pid PID]\n"
          "                    [--exe NAME] trace.db\n"
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
          WEFT_CLI_FILTER_HELP
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

struct analyze_opts {
    int json, compact;
    const char *out, *path;
    struct weft_cli_filter filter;
};

enum { OPT_FORMAT = 256, OPT_COMPACT };

static int on_option(void *ctx, int opt, char *arg)
{
    struct analyze_opts *o = ctx;
    int r = weft_cli_filter_option("analyze", &o->filter, opt, arg);
    if (r)
        return r;
    switch (opt) {
    case 'h':
        usage(stdout);
        return WEFT_EXIT_OK;
    case OPT_COMPACT:
        o->compact = 1;
        break;
    case OPT_FORMAT:
        if (strcmp(arg, "text") && strcmp(arg, "json")) {
            fprintf(stderr, "weft analyze: --format wants 'text' or 'json', not %s\n", arg);
            return WEFT_EXIT_ERROR;
        }
        o->json = !strcmp(arg, "json");
        break;
    case 'o':
        if (!*arg) {
            fputs("weft analyze: -o wants a file name\n", stderr);
            return WEFT_EXIT_ERROR;
        }
        o->out = arg;
        break;
    }
    return WEFT_CLI_NEXT;
}

static int on_trace(void *ctx, char **argv, int i, int dashdash)
{
    (void)dashdash;
    return weft_cli_single("analyze", &((struct analyze_opts *)ctx)->path, argv[i]);
}

int weft_cmd_analyze(int argc, char **argv)
{
    static const struct option longs[] = {{"format", required_argument, NULL, OPT_FORMAT},
                                          {"compact", no_argument, NULL, OPT_COMPACT},
                                          {"output", required_argument, NULL, 'o'},
                                          {"help", no_argument, NULL, 'h'},
                                          WEFT_CLI_FILTER_LONGS,
                                          {NULL, 0, NULL, 0}};
    static const struct weft_cli_parser parser = {"analyze", "o:h", longs, on_option, on_trace};
    struct analyze_opts o = {0};
    int r = weft_cli_parse(&parser, argc, argv, &o);
    if (r != WEFT_CLI_NEXT)
        return r;
    const char *path = o.path, *out = o.out;
    int json = o.json, compact = o.compact;
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
    if (weft_trace_filter(db, &o.filter.f, err, sizeof(err)) < 0) {
        sqlite3_close(db);
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
        fprintf(stderr, "weft analyze: writing %s: %s\n", out ? out : "standard output", weft_strerror(rc));
        return WEFT_EXIT_ERROR;
    }
    return WEFT_EXIT_OK;
}
