/* TRUTH: racy — the pointer target adds the global bias (1, set before the thread starts) to its argument 0, so the branch writes hits in the worker while main writes it unlocked */
#include <pthread.h>
#include <stdio.h>

static int bias;
static int hits;

static void maybe_count(int v)
{
    v += bias;
    if (v)
        hits++;
}
static void (*hook)(int) = maybe_count;

static void *worker(void *arg)
{
    (void)arg;
    hook(0);
    return NULL;
}

int main(void)
{
    bias = 1;
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    hits++;
    pthread_join(t, NULL);
    printf("%d\n", hits);
    return 0;
}
