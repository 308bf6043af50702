/* weft run's side of bounded traces: snapshots on SIGUSR1 and the lines saying what was left out. */
#ifndef WEFT_CLI_RUN_BOUND_H
#define WEFT_CLI_RUN_BOUND_H

#include "collector.h"

/*
 * Writes a snapshot of C next to OUT (OUT with .snapshot-N before its .db, the first N not
 * taken) and says so on stderr in one line (unless QUIET), or why it could not.  Returns 0
 * or the error; C's own trace fails only if its writing failed (sticky, like a poll).
 */
int weft_run_snapshot(struct weft_collector *c, const char *out, int quiet);

/* One line per bound that left events out (flight recorder, stop), from SUM. */
void weft_run_bound_lines(const struct weft_collector_summary *sum, const char *bound);

#endif
