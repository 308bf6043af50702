/* TRUTH: free — front and back are two separate allocations; front->hits is only touched under front_mu (line 17) and back->hits only under back_mu (line 25); main reads after join. */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>

struct cache { long hits; long misses; };

static struct cache *front, *back;
static pthread_mutex_t front_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t back_mu = PTHREAD_MUTEX_INITIALIZER;

static struct cache *cache_new(void) { return calloc(1, sizeof(struct cache)); }

static void *front_worker(void *arg) {
    (void)arg;
    pthread_mutex_lock(&front_mu);
    front->hits++; // @A
    pthread_mutex_unlock(&front_mu);
    return NULL;
}

static void *back_worker(void *arg) {
    (void)arg;
    pthread_mutex_lock(&back_mu);
    back->hits++; // @B
    pthread_mutex_unlock(&back_mu);
    return NULL;
}

int main(void) {
    front = cache_new();
    back = cache_new();
    if (!front || !back) return 1;
    pthread_t a, b;
    pthread_create(&a, NULL, front_worker, NULL);
    pthread_create(&b, NULL, back_worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %ld\n", front->hits, back->hits);
    return 0;
}
