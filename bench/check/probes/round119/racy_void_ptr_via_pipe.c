/* TRUTH: racy — the control thread passes &g_stats to the worker as pointer bytes over a pipe; the worker memset()s through it while main keeps incrementing g_stats.pkts */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct counters {
    uint64_t pkts;
    uint64_t bytes;
};

static struct counters g_stats;
static int cmd_pipe[2];

static void *worker(void *arg)
{
    (void)arg;
    void *target = NULL;
    if (read(cmd_pipe[0], &target, sizeof target) != (ssize_t)sizeof target)
        return NULL;
    for (int i = 0; i < 60; i++) {
        memset(target, 0, 16); /* "reset counters" command */
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    if (pipe(cmd_pipe) != 0)
        return 1;
    pthread_create(&t, NULL, worker, NULL);
    void *p = &g_stats;
    if (write(cmd_pipe[1], &p, sizeof p) != (ssize_t)sizeof p)
        return 1;
    for (int i = 0; i < 60; i++) {
        g_stats.pkts++;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("pkts=%llu\n", (unsigned long long)g_stats.pkts);
    return 0;
}
