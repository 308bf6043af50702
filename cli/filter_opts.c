/* Reads --from, --to, --pid and --exe into a weft_trace_filter for analyze, report and export. */
#include "filter_opts.h"

#include "commands.h"
#include "options.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* Seconds, >= 0, finite.  Returns 0 or -1. */
static int seconds(const char *s, double *v)
{
    char *end;
    *v = strtod(s, &end);
    return *s && !*end && isfinite(*v) && *v >= 0 ? 0 : -1;
}

int weft_cli_filter_option(const char *cmd, struct weft_cli_filter *cf, int opt, const char *arg)
{
    struct weft_trace_filter *f = &cf->f;
    unsigned long long pid;
    switch (opt) {
    case WEFT_OPT_FROM:
    case WEFT_OPT_TO:
        if (seconds(arg, opt == WEFT_OPT_FROM ? &f->from_s : &f->to_s)) {
            fprintf(stderr, "weft %s: %s wants seconds from the trace's start, got '%s'\n", cmd,
                    opt == WEFT_OPT_FROM ? "--from" : "--to", arg);
            return WEFT_EXIT_ERROR;
        }
        *(opt == WEFT_OPT_FROM ? &f->has_from : &f->has_to) = 1;
        return WEFT_CLI_NEXT;
    case WEFT_OPT_PID:
        if (weft_cli_u64(arg, &pid) || pid == 0 || pid > 0x7fffffff || f->npids == WEFT_CLI_FILTER_MAX) {
            fprintf(stderr, "weft %s: --pid wants a process id (at most %d of them), got '%s'\n", cmd,
                    WEFT_CLI_FILTER_MAX, arg);
            return WEFT_EXIT_ERROR;
        }
        cf->pids[f->npids++] = (long)pid;
        f->pids = cf->pids;
        return WEFT_CLI_NEXT;
    case WEFT_OPT_EXE:
        if (!*arg || f->nexes == WEFT_CLI_FILTER_MAX) {
            fprintf(stderr, "weft %s: --exe wants a program name (at most %d of them)\n", cmd, WEFT_CLI_FILTER_MAX);
            return WEFT_EXIT_ERROR;
        }
        cf->exes[f->nexes++] = arg;
        f->exes = cf->exes;
        return WEFT_CLI_NEXT;
    default:
        return 0;
    }
}
