/* TRUTH: racy — g is ON when the worker tests it, hits++ races with main */
#include <pthread.h>
#include <stdbool.h>
enum mode { OFF, ON };
static enum mode g;
static int hits;

static void *worker(void *arg)
{
    (void)arg;
    if (g == ON)
        hits++;
    return 0;
}

int main(void)
{
    g = ON;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    hits = 1;
    pthread_join(t, 0);
    return hits;
}
