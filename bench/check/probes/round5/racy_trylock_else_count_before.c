/* TRUTH: racy - on trylock failure the thread bumps contended before taking the blocking lock, i.e. while the other thread holds m and may bump contended too */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int hits, contended;
static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        if (pthread_mutex_trylock(&m) != 0) {
            contended++;
            pthread_mutex_lock(&m);
        }
        hits++;
        if (hits % 10 == 0)
            contended = 0;
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
    return contended;
}
