/* The options that pick part of a trace (--from, --to, --pid, --exe), shared by analyze, report and export. */
#ifndef WEFT_CLI_FILTER_OPTS_H
#define WEFT_CLI_FILTER_OPTS_H

#include "weft_analysis.h"

#include <getopt.h>

enum { WEFT_OPT_FROM = 1000, WEFT_OPT_TO, WEFT_OPT_PID, WEFT_OPT_EXE };

/* Entries of a command's getopt_long table. */
#define WEFT_CLI_FILTER_LONGS                                                                     \
    {"from", required_argument, NULL, WEFT_OPT_FROM}, {"to", required_argument, NULL, WEFT_OPT_TO}, \
        {"pid", required_argument, NULL, WEFT_OPT_PID}, {"exe", required_argument, NULL, WEFT_OPT_EXE}

/* The lines of --help that describe them. */
#define WEFT_CLI_FILTER_HELP                                                                     \
    "  --from S, --to S    only the part of the trace from S to S seconds after its start\n"      \
    "                      (lifetimes and calls clipped to it)\n"                                 \
    "  --pid PID           only this process (repeatable; with --exe: either matches)\n"          \
    "  --exe NAME          only processes running NAME (a path, or its base name; repeatable)\n"

#define WEFT_CLI_FILTER_MAX 64

struct weft_cli_filter {
    struct weft_trace_filter f;
    long pids[WEFT_CLI_FILTER_MAX];
    const char *exes[WEFT_CLI_FILTER_MAX];
};

/*
 * Handles OPT when it is one of the filter options: returns WEFT_CLI_NEXT when taken, 2 (one
 * line printed) for a bad argument, and 0 when OPT is not a filter option.
 */
int weft_cli_filter_option(const char *cmd, struct weft_cli_filter *cf, int opt, const char *arg);

#endif
