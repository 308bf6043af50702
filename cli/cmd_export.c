/* weft export: writes a trace as Perfetto / Chrome Trace Event Format JSON. */
#include "commands.h"
#include "filter_opts.h"

#include "options.h"
#include "perfetto.h"
#include "weft_report.h"

#include <stdio.h>
#include <string.h>

static void usage(FILE *f)
{
    fputs("usage: weft export [--format perfetto] [-o FILE] [--from S] [--to S] [--pid PID] [--exe NAME]\n"
          "                   TRACE.db\n"
          "\n"
          "Writes the trace as Chrome Trace Event Format JSON: process and thread names,\n"
          "one slice per recorded call, flow arrows for create/join/fork/exec/wait/contention.\n"
          "Open it at https://ui.perfetto.dev (Open trace file) or chrome://tracing.\n"
          "\n"
          "options:\n"
          "  -f, --format FMT    output format; only 'perfetto' (the default)\n"
          "  -o, --output FILE   where to write (default: standard output; '-' too)\n"
          WEFT_CLI_FILTER_HELP
          "  -h, --help          this help\n"
          "\n"
          "Exit: 0 written, 2 bad arguments or unreadable trace (nothing is written then).\n"
          "See docs/report.md.\n",
          f);
}

struct export_opts {
    const char *out, *fmt, *trace;
    struct weft_cli_filter filter;
};

enum { OPT_PERFETTO = 256 };

static int on_option(void *ctx, int opt, char *arg)
{
    struct export_opts *o = ctx;
    int r = weft_cli_filter_option("export", &o->filter, opt, arg);
    if (r)
        return r;
    switch (opt) {
    case 'o': o->out = arg; break;
    case 'f': o->fmt = arg; break;
    case OPT_PERFETTO: o->fmt = "perfetto"; break;
    case 'h': usage(stdout); return WEFT_EXIT_OK;
    }
    return WEFT_CLI_NEXT;
}

/* The trace; options may also follow it. */
static int on_trace(void *ctx, char **argv, int i, int dashdash)
{
    (void)dashdash;
    return weft_cli_single("export", &((struct export_opts *)ctx)->trace, argv[i]);
}

int weft_cmd_export(int argc, char **argv)
{
    static const struct option longs[] = {{"output", required_argument, NULL, 'o'},
                                          {"format", required_argument, NULL, 'f'},
                                          {"perfetto", no_argument, NULL, OPT_PERFETTO},
                                          {"help", no_argument, NULL, 'h'},
                                          WEFT_CLI_FILTER_LONGS,
                                          {NULL, 0, NULL, 0}};
    static const struct weft_cli_parser parser = {"export", "o:f:h", longs, on_option, on_trace};
    struct export_opts o = {.out = "-", .fmt = "perfetto"};
    int r = weft_cli_parse(&parser, argc, argv, &o);
    if (r != WEFT_CLI_NEXT)
        return r;
    const char *out = o.out, *fmt = o.fmt, *trace = o.trace;
    if (strcmp(fmt, "perfetto") && strcmp(fmt, "chrome")) {
        fprintf(stderr, "weft export: unknown format '%s' (only 'perfetto')\n", fmt);
        return WEFT_EXIT_ERROR;
    }
    if (!trace) {
        fputs("weft export: missing TRACE.db (see 'weft export --help')\n", stderr);
        return WEFT_EXIT_ERROR;
    }
    char err[512] = "";
    weft_report_filter(&o.filter.f);
    if (weft_report_perfetto(trace, out, err, sizeof(err)) != 0) {
        fprintf(stderr, "weft export: %s\n", err[0] ? err : "failed");
        return WEFT_EXIT_ERROR;
    }
    return WEFT_EXIT_OK;
}
