/* weft report: writes the self-contained HTML timeline of a trace. */
#include "commands.h"

#include "weft_report.h"

#include <getopt.h>
#include <stdio.h>

static void usage(FILE *f)
{
    fputs("usage: weft report [-o FILE] [--races FINDINGS.json] TRACE.db\n"
          "\n"
          "Writes one HTML file (CSS, JS and data inline; opens offline in any browser) with a\n"
          "summary of the analysis and a zoomable timeline: a lane per process, thread and\n"
          "coroutine, spans coloured by state, arrows for create/join/fork/exec/wait/contention.\n"
          "\n"
          "options:\n"
          "  -o, --output FILE   where to write the page (default timeline.html)\n"
          "      --races FILE    list the findings of 'weft check --format json' in the summary\n"
          "  -h, --help          this help\n"
          "\n"
          "Exit: 0 written, 2 bad arguments or unreadable trace (nothing is written then).\n"
          "See docs/report.md.\n",
          f);
}

/* Parses options until the next non-option; returns -1 to continue, else an exit code. */
static int parse(int argc, char **argv, const char **out, const char **races)
{
    static const struct option opts[] = {{"output", required_argument, NULL, 'o'},
                                         {"races", required_argument, NULL, 'r'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    int c;
    while ((c = getopt_long(argc, argv, "+o:h", opts, NULL)) != -1) {
        switch (c) {
        case 'o': *out = optarg; break;
        case 'r': *races = optarg; break;
        case 'h': usage(stdout); return WEFT_EXIT_OK;
        default:
            fprintf(stderr, "weft report: bad option '%s' (see 'weft report --help')\n", argv[optind - 1]);
            return WEFT_EXIT_ERROR;
        }
    }
    return -1;
}

int weft_cmd_report(int argc, char **argv)
{
    const char *out = "timeline.html", *races = NULL, *trace = NULL;
    int r;
    optind = 1;
    opterr = 0;
    if ((r = parse(argc, argv, &out, &races)) >= 0)
        return r;
    /* Options may also follow the trace path: "weft report trace.db -o t.html". */
    while (optind < argc) {
        if (trace) {
            fprintf(stderr, "weft report: one trace expected, got '%s' too (see 'weft report --help')\n",
                    argv[optind]);
            return WEFT_EXIT_ERROR;
        }
        trace = argv[optind++];
        if ((r = parse(argc, argv, &out, &races)) >= 0)
            return r;
    }
    if (!trace) {
        fputs("weft report: missing TRACE.db (see 'weft report --help')\n", stderr);
        return WEFT_EXIT_ERROR;
    }
    char err[512] = "";
    if (weft_report_html(trace, races, out, err, sizeof(err)) != 0) {
        fprintf(stderr, "weft report: %s\n", err[0] ? err : "failed");
        return WEFT_EXIT_ERROR;
    }
    return WEFT_EXIT_OK;
}
