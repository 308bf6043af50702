/* TRUTH: racy — bool g = 2 stores 1; worker's g == 1 holds, hits++ races with main */
#include <pthread.h>
#include <stdbool.h>
static bool g;
static int hits;

static void *worker(void *arg)
{
    (void)arg;
    if (g == 1)
        hits++;
    return 0;
}

int main(void)
{
    g = 2;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    hits = 1;
    pthread_join(t, 0);
    return hits;
}
