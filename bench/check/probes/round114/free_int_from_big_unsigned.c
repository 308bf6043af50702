/* TRUTH: free — 3000000000u converted to int is -1294967296, never > 0: the worker never writes hits */
#include <pthread.h>
#include <stdbool.h>
static int g;
static int hits;

static void *worker(void *arg)
{
    (void)arg;
    if (g > 0)
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
