/* TRUTH: race-free - if trylock fails the thread falls back to a blocking lock, so the mutex is held on both paths when hits is updated */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int hits, contended;
static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        if (pthread_mutex_trylock(&m) != 0) {
            pthread_mutex_lock(&m);
            contended++;
        }
        hits++;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return hits == 200 ? 0 : 1;
}
