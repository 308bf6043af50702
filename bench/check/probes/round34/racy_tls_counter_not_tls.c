/* TRUTH: racy — the __thread qualifier is missing: both workers increment the one global hits counter (line 9) unsynchronized. */
#include <pthread.h>
#include <stdio.h>

static long tls_hits;
static long total_hits;
static pthread_mutex_t total_mu = PTHREAD_MUTEX_INITIALIZER;

static void record_hit(void) { tls_hits++; } // @A

static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) record_hit();
    pthread_mutex_lock(&total_mu);
    total_hits += tls_hits; // @B
    pthread_mutex_unlock(&total_mu);
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", total_hits);
    return 0;
}
