/* TRUTH: racy — the result of pthread_mutex_trylock is ignored: when it fails the thread writes shared without the lock while the other holds it and writes */
#include <pthread.h>
static int shared;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *work(void *arg)
{
    (void)arg;
    int got = pthread_mutex_trylock(&m) == 0;
    shared++;
    if (got)
        pthread_mutex_unlock(&m);
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, work, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return shared;
}
