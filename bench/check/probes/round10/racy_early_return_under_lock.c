/* racy: early return path unlocks and then (bug) the fallthrough path writes
   after unlocking: the write to `hits` after the if is outside the lock. */
#include <pthread.h>
static int cache_valid, hits;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int lookup(void) {
    pthread_mutex_lock(&m);
    if (!cache_valid) {
        cache_valid = 1;
        pthread_mutex_unlock(&m);
        return 0;
    }
    pthread_mutex_unlock(&m);
    hits++;
    return 1;
}
static void *t(void *x) { (void)x; lookup(); lookup(); return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return hits;
}
