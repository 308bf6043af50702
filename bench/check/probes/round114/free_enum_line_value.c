/* TRUTH: free — main sets OFF before the create; the worker never writes hits */
#include <pthread.h>
#include <stdbool.h>
enum mode { OFF, ON };
static enum mode g = ON;
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
    g = OFF;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    hits = 1;
    pthread_join(t, 0);
    return hits;
}
