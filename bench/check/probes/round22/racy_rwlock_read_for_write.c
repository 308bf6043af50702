/* TRUTH: racy. Both workers take the rwlock in READ mode and then modify `cache_misses`; read locks are shared, so the two `cache_misses++` (read-modify-write) run concurrently. */
#include <pthread.h>
#include <stdio.h>

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int cache_misses;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_rwlock_rdlock(&rw);
        cache_misses++; /* a write under a read lock */
        pthread_rwlock_unlock(&rw);
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
    printf("%d\n", cache_misses);
    return 0;
}
