/* TRUTH: race-free. Each worker only writes its own calloc'ed struct (handed &ws[i]);
   main joins every worker (same n, same range) before reading the sums. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct worker {
    pthread_t tid;
    int id;
    long sum;
};

static void *work(void *arg)
{
    struct worker *w = arg;
    for (long k = 0; k < 1000; k++)
        w->sum += k * w->id;
    return NULL;
}

int main(void)
{
    int n = 4;
    struct worker *ws = calloc((size_t)n, sizeof *ws);
    if (!ws)
        return 1;
    for (int i = 0; i < n; i++)
        ws[i].id = i + 1;
    for (int i = 0; i < n; i++)
        if (pthread_create(&ws[i].tid, NULL, work, &ws[i]) != 0)
            return 1;
    for (int i = 0; i < n; i++)
        pthread_join(ws[i].tid, NULL);
    long total = 0;
    for (int i = 0; i < n; i++)
        total += ws[i].sum;
    printf("%ld\n", total);
    free(ws);
    return 0;
}
