/* TRUTH: racy — (unsigned char)300 is 44; worker branch taken */
#include <pthread.h>
#include <stdbool.h>
static unsigned char g;
static int hits;

static void *worker(void *arg)
{
    (void)arg;
    if (g == 44)
        hits++;
    return 0;
}

int main(void)
{
    g = (unsigned char)300;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    hits = 1;
    pthread_join(t, 0);
    return hits;
}
