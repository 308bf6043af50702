/* TRUTH: racy. main reallocs buf (which reads and frees the old block) while the worker reads from the same block without synchronization. */
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
    int *nb = realloc(buf, 8 * sizeof *buf);
    if (nb)
        buf = nb;
    pthread_join(t, NULL);
    printf("%ld\n", sum);
    free(buf);
    return 0;
}
