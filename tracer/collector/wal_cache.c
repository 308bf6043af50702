/* Keeps what the write-ahead log wrote long ago out of the page cache while the writer is behind. */
#define _GNU_SOURCE
#include "internal.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

/*
 * Why: behind the program, the writer checkpoints nothing until the end (store.c) and the
 * log grows by ~150 MB a second at 3 M events/s.  Every byte of it stays in the page cache,
 * and on this project's machine (a VM whose host backs guest memory lazily) growing the page
 * cache past a few GB costs ~6x more per byte written: the writer stored 3.0 M events/s for
 * 40 s, then 2.4-2.5 M/s (bench/collector/README.md; bench/collector/filewrite.sh shows it
 * without weft).
 * So once the log passes WAL_SHED_FROM, what lies more than WAL_KEEP behind its end is
 * written back (started as soon as a step is complete) and dropped from the cache: the
 * cache then holds the newest WAL_KEEP of the log, not all of it.  This never changes the
 * file, only where its pages are; the end's checkpoint reads those back from the disk.
 */
#define WAL_STEP (64ull << 20)
#define WAL_KEEP (1ull << 30)
#define WAL_SHED_FROM (2ull << 30)

void weft__wal_cache_trim(struct weft_collector *c, uint64_t size)
{
    uint64_t end = size / WAL_STEP * WAL_STEP;
    if (end <= c->wal_written || size < WAL_SHED_FROM - WAL_KEEP)
        return;
    if (c->wal_fd < 0) {
        char wal[4200];
        snprintf(wal, sizeof(wal), "%s-wal", c->partial);
        if ((c->wal_fd = open(wal, O_RDONLY | O_CLOEXEC)) < 0)
            return;
    }
    /* Write-back of what is complete starts now, in the background (errors only cost speed). */
    (void)sync_file_range(c->wal_fd, (off_t)c->wal_written, (off_t)(end - c->wal_written), SYNC_FILE_RANGE_WRITE);
    c->wal_written = end;
    if (size < WAL_SHED_FROM || end < WAL_KEEP + WAL_STEP || end - WAL_KEEP <= c->wal_shed)
        return;
    uint64_t upto = end - WAL_KEEP;
    (void)sync_file_range(c->wal_fd, (off_t)c->wal_shed, (off_t)(upto - c->wal_shed),
                          SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER);
    (void)posix_fadvise(c->wal_fd, (off_t)c->wal_shed, (off_t)(upto - c->wal_shed), POSIX_FADV_DONTNEED);
    c->wal_shed = upto;
}

void weft__wal_cache_close(struct weft_collector *c)
{
    if (c->wal_fd >= 0)
        close(c->wal_fd);
    c->wal_fd = -1;
    c->wal_written = c->wal_shed = 0;
}
