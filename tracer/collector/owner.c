/* Ring directory ownership: who collects a directory, and cleanup after killed collectors. */
#include "collector.h"
#include "internal.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* An unclaimed ring directory older than this is a leftover, not one being set up. */
#define UNCLAIMED_GRACE_S 60

/* Field 22 of /proc/PID/stat (start time in ticks), or 0. */
static unsigned long long start_time(int pid)
{
    unsigned long long start;
    char state;
    return weft__proc_stat(pid, &start, &state) < 0 ? 0 : start;
}

void weft_collector_claim_dir(const char *dir)
{
    char path[4096];
    snprintf(path, sizeof(path), "%s/owner", dir);
    FILE *f = fopen(path, "we");
    if (!f)
        return;
    fprintf(f, "%d %llu\n", (int)getpid(), start_time(getpid()));
    fclose(f);
}

void weft_collector_sweep_stale(const char *parent)
{
    DIR *d = opendir(parent);
    if (!d)
        return;
    struct dirent *e;
    char path[4096];
    while ((e = readdir(d))) {
        if (strncmp(e->d_name, "weft-", 5))
            continue;
        snprintf(path, sizeof(path), "%s/%s/owner", parent, e->d_name);
        FILE *f = fopen(path, "re");
        if (!f) {
            /*
             * No collector ever claimed it.  A young one may be a plain LD_PRELOAD
             * directory being set up; an old one is a leftover.  rmdir removes it only
             * when empty, so nothing anyone wrote is lost.
             */
            struct stat st;
            snprintf(path, sizeof(path), "%s/%s", parent, e->d_name);
            if (stat(path, &st) == 0 && S_ISDIR(st.st_mode) && time(NULL) - st.st_mtime > UNCLAIMED_GRACE_S)
                rmdir(path);
            continue;
        }
        int pid = 0;
        unsigned long long st = 0;
        int ok = fscanf(f, "%d %llu", &pid, &st) == 2;
        fclose(f);
        if (!ok || pid <= 0)
            continue;
        int gone = (kill(pid, 0) < 0 && errno == ESRCH) || (st && start_time(pid) != st);
        if (gone) {
            snprintf(path, sizeof(path), "%s/%s", parent, e->d_name);
            weft_collector_remove_dir(path);
        }
    }
    closedir(d);
}
