/* TRUTH: racy — g = -1 stores 255 into an unsigned char; the worker's g == 255 holds, so its hits++ races with main's hits = 1 */
#include <pthread.h>
#include <stdbool.h>
static unsigned char g;
static int hits;

static void *worker(void *arg)
{
    (void)arg;
    if (g == 255)
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
