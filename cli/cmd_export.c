/* weft export: writes a trace as Perfetto / Chrome Trace Event Format JSON. */
#include "commands.h"

#include "perfetto.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

static void usage(FILE *f)
{
    fputs("usage: weft export [--format perfetto] [-o FILE] TRACE.db\n"
          "\n"
          "Writes the trace as Chrome Trace Event Format JSON: process and thread names,\n"
          "one slice per recorded call, flow arrows for create/join/fork/exec/wait/contention.\n"
          "Open it at https://ui.perfetto.dev (Open trace file) or chrome://tracing.\n"
          "\n"
          "options:\n"
          "  -f, --format FMT    output format; only 'perfetto' (the default)\n"
          "  -o, --output FILE   where to write (default: standard output; '-' too)\n"
          "  -h, --help          this help\n"
          "\n"
          "Exit: 0 written, 2 bad arguments or unreadable trace (nothing is written then).\n"
          "See docs/report.md.\n",
          f);
}

/* Parses options until the next non-option; returns -1 to continue, else an exit code. */
static int parse(int argc, char **argv, const char **out, const char **fmt)
{
    static const struct option opts[] = {{"output", required_argument, NULL, 'o'},
                                         {"format", required_argument, NULL, 'f'},
                                         {"perfetto", no_argument, NULL, 'p'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    int c;
    while ((c = getopt_long(argc, argv, "+o:f:h", opts, NULL)) != -1) {
        switch (c) {
        case 'o': *out = optarg; break;
        case 'f': *fmt = optarg; break;
        case 'p': *fmt = "perfetto"; break;
        case 'h': usage(stdout); return WEFT_EXIT_OK;
        default:
            fprintf(stderr, "weft export: bad option '%s' (see 'weft export --help')\n", argv[optind - 1]);
            return WEFT_EXIT_ERROR;
        }
    }
    return -1;
}

int weft_cmd_export(int argc, char **argv)
{
    const char *out = "-", *fmt = "perfetto", *trace = NULL;
    int r;
    optind = 1;
    opterr = 0;
    if ((r = parse(argc, argv, &out, &fmt)) >= 0)
        return r;
    /* Options may also follow the trace path. */
    while (optind < argc) {
        if (trace) {
            fprintf(stderr, "weft export: one trace expected, got '%s' too (see 'weft export --help')\n",
                    argv[optind]);
            return WEFT_EXIT_ERROR;
        }
        trace = argv[optind++];
        if ((r = parse(argc, argv, &out, &fmt)) >= 0)
            return r;
    }
    if (strcmp(fmt, "perfetto") && strcmp(fmt, "chrome")) {
        fprintf(stderr, "weft export: unknown format '%s' (only 'perfetto')\n", fmt);
        return WEFT_EXIT_ERROR;
    }
    if (!trace) {
        fputs("weft export: missing TRACE.db (see 'weft export --help')\n", stderr);
        return WEFT_EXIT_ERROR;
    }
    char err[512] = "";
    if (weft_report_perfetto(trace, out, err, sizeof(err)) != 0) {
        fprintf(stderr, "weft export: %s\n", err[0] ? err : "failed");
        return WEFT_EXIT_ERROR;
    }
    return WEFT_EXIT_OK;
}
