/* TRUTH: racy — the stripe is chosen from the key but the bucket from key/3, so keys 0 and 1 update bucket 0 under different locks */
#include <pthread.h>
#define NBUCKET 8
#define NSTRIPE 2
static int buckets[NBUCKET];
static pthread_mutex_t stripe[NSTRIPE] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static void put(unsigned k, int v) {
    pthread_mutex_lock(&stripe[k % NSTRIPE]);
    buckets[(k / 3) % NBUCKET] += v;
    pthread_mutex_unlock(&stripe[k % NSTRIPE]);
}
static void *writer(void *arg) {
    unsigned k = (unsigned)(long)arg;
    for (int i = 0; i < 100; i++) put(k, 1);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    /* keys 0 and 1: both map to bucket 0, but to stripes 0 and 1 */
    pthread_create(&a, NULL, writer, (void *)0L);
    pthread_create(&b, NULL, writer, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return buckets[0];
}
