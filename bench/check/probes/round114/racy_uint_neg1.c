/* TRUTH: racy — g is UINT_MAX, > 5 holds; hits++ races with main */
#include <pthread.h>
#include <stdbool.h>
static unsigned g;
static int hits;

static void *worker(void *arg)
{
    (void)arg;
    if (g > 5)
        hits++;
    return 0;
}

int main(void)
{
    g = -1;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    hits = 1;
    pthread_join(t, 0);
    return hits;
}
