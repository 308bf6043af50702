/* TRUTH: racy - two instances of worker pick different mutexes (arg NULL -> m2, arg non-NULL -> m1) through the local pointer m, so n++ is not mutually excluded */
#include <pthread.h>
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
int n;
void *worker(void *arg)
{
    pthread_mutex_t *m = arg ? &m1 : &m2;
    pthread_mutex_lock(m);
    n++;
    pthread_mutex_unlock(m);
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, &a);
    return 0;
}
