/* racy: on a miss the filler writes cache[k]/valid[k] while holding only the READ lock, so two
   readers can fill the same slot concurrently (and race with other readers' reads). */
#include <pthread.h>
#define NC 16
static pthread_rwlock_t cache_lock = PTHREAD_RWLOCK_INITIALIZER;
static int cache[NC];
static int valid[NC];

static int lookup(int k) {
    int v;
    pthread_rwlock_rdlock(&cache_lock);
    if (!valid[k]) { cache[k] = k * k; valid[k] = 1; }
    v = cache[k];
    pthread_rwlock_unlock(&cache_lock);
    return v;
}
static void *worker(void *arg) {
    long s = 0;
    (void)arg;
    for (int i = 0; i < 1000; i++) s += lookup(i % NC);
    return (void *)s;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL);
    return 0;
}
