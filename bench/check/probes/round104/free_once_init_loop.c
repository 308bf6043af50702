/* TRUTH: free — init runs once; main's pthread_once returns only after it completed, in whichever thread, so main's later write to limit is ordered after init's loop test */
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
    pthread_once(&once, init);
    limit = 7;
    pthread_join(t, NULL);
    return filled;
}
