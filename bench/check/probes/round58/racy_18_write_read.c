/* TRUTH: racy — t1 writes a[0..7], t2 reads a[4..7] concurrently: write/read of a[4] unsynchronized. */
#include <pthread.h>
static int a[8];
static int s2;
static void *t1(void *p) { (void)p; for (int i = 0; i < 8; i++) a[i] = i; return NULL; }
static void *t2(void *p) { (void)p; int s = 0; for (int i = 4; i < 8; i++) s += a[i]; s2 = s; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return s2;
}
