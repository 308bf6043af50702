/* Two threads bounce a byte through two pipes: write/read pairs that block. */
#include <pthread.h>
#include <unistd.h>

#include "bench_common.h"

static int ping[2], pong[2];
static long iters;

static void *echo(void *arg)
{
    char c;
    (void)arg;
    for (long i = 0; i < iters; i++)
        if (read(ping[0], &c, 1) != 1 || write(pong[1], &c, 1) != 1)
            break;
    return NULL;
}

int main(int argc, char **argv)
{
    pthread_t t;
    char c = 'x';

    iters = bench_iters(argc, argv, 50000);
    if (pipe(ping) || pipe(pong))
        return 1;
    pthread_create(&t, NULL, echo, NULL);
    for (long i = 0; i < iters; i++)
        if (write(ping[1], &c, 1) != 1 || read(pong[0], &c, 1) != 1)
            return 1;
    pthread_join(t, NULL);
    bench_report(4 * iters);
    return 0;
}
