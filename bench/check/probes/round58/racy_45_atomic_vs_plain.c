/* TRUTH: racy — t1 stores a[0..7] with __atomic_store_n, t2 writes a[0..7] with plain stores: a non-atomic access in the pair, unsynchronized. */
#include <pthread.h>
static int a[8];
static void *t1(void *p) { (void)p; for (int i = 0; i < 8; i++) __atomic_store_n(&a[i], 1, __ATOMIC_SEQ_CST); return NULL; }
static void *t2(void *p) { (void)p; for (int i = 0; i < 8; i++) a[i] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
