/* TRUTH: free — a is __thread: each thread writes its own copy of a[0..7]. */
#include <pthread.h>
static __thread int a[8];
static int r1, r2;
static void *t1(void *p) { (void)p; for (int i = 0; i < 8; i++) a[i] = 1; r1 = a[7]; return NULL; }
static void *t2(void *p) { (void)p; for (int i = 0; i < 8; i++) a[i] = 2; r2 = a[7]; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return r1 + r2;
}
