/* The page cache's cost per GB written to a new file, kept or dropped behind: what a trace's write-ahead log meets. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/*
 * Writes GB gigabytes of 4 KiB pages to PATH and prints, per GB, the wall and CPU seconds.
 * With "drop", every 256 MiB written is started to disk and what lies 512 MiB behind is
 * written and dropped from the cache (as tracer/collector/wal_cache.c does for the log).
 * On the project's VM the cost per GB rises ~6x once 4-5 GB of new page cache were made.
 */
static double secs(clockid_t id)
{
    struct timespec t;
    clock_gettime(id, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: filewrite PATH GB [drop]\n");
        return 2;
    }
    int gbs = atoi(argv[2]), drop = argc > 3 && !strcmp(argv[3], "drop");
    int fd = open(argv[1], O_RDWR | O_CREAT | O_TRUNC, 0600);
    if (fd < 0 || gbs < 1) {
        perror(argv[1]);
        return 1;
    }
    static char page[4096];
    memset(page, 7, sizeof(page));
    const long long step = 256LL << 20;
    long long off = 0;
    double w0 = secs(CLOCK_MONOTONIC), c0 = secs(CLOCK_PROCESS_CPUTIME_ID);
    for (int gb = 1; gb <= gbs; gb++) {
        while (off < (long long)gb << 30) {
            if (pwrite(fd, page, sizeof(page), off) != (ssize_t)sizeof(page)) {
                perror("pwrite");
                return 1;
            }
            off += (long long)sizeof(page);
            if (drop && off % step == 0) {
                sync_file_range(fd, off - step, step, SYNC_FILE_RANGE_WRITE);
                if (off >= 2 * step) {
                    sync_file_range(fd, off - 2 * step, step,
                                    SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER);
                    posix_fadvise(fd, off - 2 * step, step, POSIX_FADV_DONTNEED);
                }
            }
        }
        double w = secs(CLOCK_MONOTONIC), c = secs(CLOCK_PROCESS_CPUTIME_ID);
        printf("GB %d: %.2f s wall, %.2f CPU-s\n", gb, w - w0, c - c0);
        fflush(stdout);
        w0 = w, c0 = c;
    }
    close(fd);
    unlink(argv[1]);
    return 0;
}
