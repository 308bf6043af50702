/* TRUTH: free. main only reallocs buf after joining the worker that reads it. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static int *buf;
static long sum;

static void *worker(void *arg)
{
    int *p = arg;
    for (int i = 0; i < 4; i++)
        sum += p[i];
    return NULL;
}

int main(void)
{
    pthread_t t;
    buf = calloc(4, sizeof *buf);
    if (!buf)
        return 1;
    pthread_create(&t, NULL, worker, buf);
    pthread_join(t, NULL);
    int *nb = realloc(buf, 8 * sizeof *buf);
    if (nb)
        buf = nb;
    buf[5] = 1;
    printf("%ld\n", sum);
    free(buf);
    return 0;
}
