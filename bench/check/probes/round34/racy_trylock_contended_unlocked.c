/* TRUTH: racy — on trylock failure the worker counts contended++ (line 15) without taking the lock; both workers can fail at once while main holds mu, so their contended++ race. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static long hits, contended;

static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 100; i++) {
        if (pthread_mutex_trylock(&mu) == 0) {
            hits++; // @A
            pthread_mutex_unlock(&mu);
        } else {
            contended++; // @C
        }
    }
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_mutex_lock(&mu);
    long snap = hits;
    pthread_mutex_unlock(&mu);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %ld %ld\n", snap, hits, contended);
    return 0;
}
