/* TRUTH: racy — t1 counts down over a[7..3] (i > 2), t2 writes a[0..3]: both write a[3] unsynchronized. */
#include <pthread.h>
static int a[8];
static void *t1(void *p) { (void)p; for (int i = 7; i > 2; i--) a[i] = 1; return NULL; }
static void *t2(void *p) { (void)p; for (int i = 0; i <= 3; i++) a[i] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
