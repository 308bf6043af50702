/* TRUTH: racy — the early-exit goto (taken when run with two or more arguments) jumps to out, past pthread_join(st): main then reads stats_total (line 24) while the stats thread may be writing it (line 8). */
#include <pthread.h>
#include <stdio.h>

static long stats_total;
static long io_total;

static void *stats_thread(void *arg) { (void)arg; stats_total = 99; return NULL; } // @A
static void *io_thread(void *arg) { (void)arg; io_total = 5; return NULL; }

int main(int argc, char **argv) {
    (void)argv;
    pthread_t st, io;
    int started_io = 0;
    pthread_create(&st, NULL, stats_thread, NULL);
    if (argc > 2)
        goto out_stats;
    if (pthread_create(&io, NULL, io_thread, NULL) != 0)
        goto out_stats;
    started_io = 1;
    pthread_join(io, NULL);
    pthread_join(st, NULL);
out_stats:
    printf("%ld %ld %d\n", stats_total, io_total, started_io); // @B
    return 0;
}
