/* weft run's side of bounded traces: names snapshots (SIGUSR1) and says what a bound left out. */
#include "run_bound.h"

#include "weft_error.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* OUT with .snapshot-N before its .db (appended when it has none): the first N not taken. */
static int snapshot_name(const char *out, char *buf, size_t cap)
{
    size_t len = strlen(out);
    int dotdb = len > 3 && !strcmp(out + len - 3, ".db");
    for (int n = 1; n < 100000; n++) {
        int w = dotdb ? snprintf(buf, cap, "%.*s.snapshot-%d.db", (int)(len - 3), out, n)
                      : snprintf(buf, cap, "%s.snapshot-%d", out, n);
        if (w < 0 || (size_t)w >= cap)
            return -ENAMETOOLONG;
        if (access(buf, F_OK) != 0)
            return 0;
    }
    return -EEXIST;
}

int weft_run_snapshot(struct weft_collector *c, const char *out, int quiet)
{
    char path[PATH_MAX];
    struct weft_collector_summary sum;
    int r = snapshot_name(out, path, sizeof(path));
    if (r < 0) {
        fprintf(stderr, "weft: cannot name a snapshot of %s: %s\n", out, weft_strerror(r));
        return r;
    }
    r = weft_collector_snapshot(c, path, &sum);
    if (r < 0) {
        fprintf(stderr, "weft: cannot write snapshot %s: %s\n", path, weft_strerror(r));
        return r;
    }
    if (!quiet)
        fprintf(stderr, "weft: snapshot written to %s: %llu process%s, %llu thread%s, %llu events\n", path,
                (unsigned long long)sum.processes, sum.processes == 1 ? "" : "es",
                (unsigned long long)sum.threads, sum.threads == 1 ? "" : "s", (unsigned long long)sum.events);
    return 0;
}

void weft_run_bound_lines(const struct weft_collector_summary *sum, const char *bound)
{
    if (sum->left_out_before && sum->kept_from_ns > sum->start_ns)
        fprintf(stderr, "weft: %s: %llu events that ended before %.3f s were left out\n", bound,
                (unsigned long long)sum->left_out_before, (double)(sum->kept_from_ns - sum->start_ns) / 1e9);
    if (sum->stopped_ns)
        fprintf(stderr, "weft: recording stopped at %.3f s (%s): %llu later events left out\n",
                sum->stopped_ns > sum->start_ns ? (double)(sum->stopped_ns - sum->start_ns) / 1e9 : 0.0,
                sum->stop_reason && !strcmp(sum->stop_reason, "max-size") ? "--max-size" : "--duration",
                (unsigned long long)sum->left_out_after);
}
