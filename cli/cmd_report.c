/* weft report: writes the self-contained HTML timeline of a trace. */
#include "commands.h"
#include "filter_opts.h"

#include "options.h"
#include "weft_report.h"

#include <stdio.h>

static void usage(FILE *f)
{
    fputs("usage: weft report [-o FILE] [--races FINDINGS.json] [--from S] [--to S] [--pid PID] [--exe NAME]\n"
          "                   TRACE.db\n"
          "\n"
          "Writes one HTML file (CSS, JS and data inline; opens offline in any browser) with a\n"
          "summary of the analysis and a zoomable timeline: a lane per process, thread and\n"
          "coroutine, spans coloured by state, arrows for create/join/fork/exec/wait/contention.\n"
          "\n"
          "options:\n"
          "  -o, --output FILE   where to write the page (default timeline.html)\n"
          "      --races FILE    list the findings of 'weft check --format json' in the summary\n"
          WEFT_CLI_FILTER_HELP
          "  -h, --help          this help\n"
          "\n"
          "Exit: 0 written, 2 bad arguments or unreadable trace (nothing is written then).\n"
          "See docs/report.md.\n",
          f);
}

struct report_opts {
    const char *out, *races, *trace;
    struct weft_cli_filter filter;
};

enum { OPT_RACES = 256 };

static int on_option(void *ctx, int opt, char *arg)
{
    struct report_opts *o = ctx;
    int r = weft_cli_filter_option("report", &o->filter, opt, arg);
    if (r)
        return r;
    switch (opt) {
    case 'o': o->out = arg; break;
    case OPT_RACES: o->races = arg; break;
    case 'h': usage(stdout); return WEFT_EXIT_OK;
    }
    return WEFT_CLI_NEXT;
}

/* The trace; options may also follow it: "weft report trace.db -o t.html". */
static int on_trace(void *ctx, char **argv, int i, int dashdash)
{
    (void)dashdash;
    return weft_cli_single("report", &((struct report_opts *)ctx)->trace, argv[i]);
}

int weft_cmd_report(int argc, char **argv)
{
    static const struct option longs[] = {{"output", required_argument, NULL, 'o'},
                                          {"races", required_argument, NULL, OPT_RACES},
                                          {"help", no_argument, NULL, 'h'},
                                          WEFT_CLI_FILTER_LONGS,
                                          {NULL, 0, NULL, 0}};
    static const struct weft_cli_parser parser = {"report", "o:h", longs, on_option, on_trace};
    struct report_opts o = {.out = "timeline.html"};
    int r = weft_cli_parse(&parser, argc, argv, &o);
    if (r != WEFT_CLI_NEXT)
        return r;
    const char *out = o.out, *races = o.races, *trace = o.trace;
    if (!trace) {
        fputs("weft report: missing TRACE.db (see 'weft report --help')\n", stderr);
        return WEFT_EXIT_ERROR;
    }
    char err[512] = "";
    weft_report_filter(&o.filter.f);
    if (weft_report_html(trace, races, out, err, sizeof(err)) != 0) {
        fprintf(stderr, "weft report: %s\n", err[0] ? err : "failed");
        return WEFT_EXIT_ERROR;
    }
    return WEFT_EXIT_OK;
}
