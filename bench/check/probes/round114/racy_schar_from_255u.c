/* TRUTH: racy — 255u stored in a signed char is -1: the worker's hits++ races with main */
#include <pthread.h>
#include <stdbool.h>
static signed char g;
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
    g = 255u;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    hits = 1;
    pthread_join(t, 0);
    return hits;
}
