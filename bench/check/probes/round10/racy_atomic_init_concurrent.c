/* racy: atomic_init is a non-atomic initialization; thread b re-initializes
   `cnt` with atomic_init while thread a atomically increments it. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int cnt;
static void *a(void *x) { (void)x; atomic_fetch_add(&cnt, 1); return 0; }
static void *b(void *x) { (void)x; atomic_init(&cnt, 0); return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, a, 0);
    pthread_create(&q, 0, b, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return atomic_load(&cnt);
}
