/* TRUTH: racy — main writes limit before its own pthread_once, so the worker's once may run init's loop test on limit concurrently */
#include <pthread.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int limit = 3, filled;
static void init(void)
{
    while (limit > filled)
        filled++;
}
static void *worker(void *arg)
{
    (void)arg;
    pthread_once(&once, init);
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    limit = 7;
    pthread_once(&once, init);
    pthread_join(t, NULL);
    return filled;
}
