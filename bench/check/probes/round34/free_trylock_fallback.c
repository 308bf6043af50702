/* TRUTH: free — hits is updated either in the branch where pthread_mutex_trylock returned 0 (line 12) or after a blocking lock (line 17): always holding mu; main's read also holds mu. */
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
            pthread_mutex_lock(&mu);
            contended++;
            hits++; // @B
            pthread_mutex_unlock(&mu);
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
