/* TRUTH: free — t1 writes a[0..7] before the barrier, t2 writes a[0..7] after it: ordered by the barrier. */
#include <pthread.h>
static int a[8];
static pthread_barrier_t bar;
static void *t1(void *p) { (void)p; for (int i = 0; i < 8; i++) a[i] = 1; pthread_barrier_wait(&bar); return NULL; }
static void *t2(void *p) { (void)p; pthread_barrier_wait(&bar); for (int i = 0; i < 8; i++) a[i] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_barrier_init(&bar, NULL, 2);
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
