/* TRUTH: racy — t1 writes bytes 0..11 of a through a char cast (covers a[2], bytes 8..11); t2 writes a[2] unsynchronized. */
#include <pthread.h>
static int a[8];
static void *t1(void *p) { (void)p; for (int i = 0; i < 12; i++) ((char *)a)[i] = 1; return NULL; }
static void *t2(void *p) { (void)p; for (int i = 2; i < 4; i++) a[i] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
