/* TRUTH: racy — 3000000000u converted to int is negative (-1294967296), so the worker's g < 0 holds and hits++ races with main */
#include <pthread.h>
#include <stdbool.h>
static int g;
static int hits;

static void *worker(void *arg)
{
    (void)arg;
    if (g < 0)
        hits++;
    return 0;
}

int main(void)
{
    g = 3000000000u;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    hits = 1;
    pthread_join(t, 0);
    return hits;
}
