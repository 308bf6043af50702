/* TRUTH: racy — t1 writes a[0..5] (i != 6), t2 writes a[5] once: a[5] written by both unsynchronized. */
#include <pthread.h>
static int a[8];
static void *t1(void *p) { (void)p; for (int i = 0; i != 6; i++) a[i] = 1; return NULL; }
static void *t2(void *p) { (void)p; a[5] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
