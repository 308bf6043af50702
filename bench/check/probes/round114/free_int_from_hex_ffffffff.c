/* TRUTH: free — g holds -1, never > 0: the worker never writes hits */
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
    g = 0xFFFFFFFF;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    hits = 1;
    pthread_join(t, 0);
    return hits;
}
