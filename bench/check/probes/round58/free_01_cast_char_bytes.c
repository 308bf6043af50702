/* TRUTH: free — t1 writes bytes 0..3 of a (i.e. a[0]) through a char cast; t2 writes a[2],a[3] (bytes 8..15): no common byte. */
#include <pthread.h>
static int a[8];
static void *t1(void *p) { (void)p; for (int i = 0; i < 4; i++) ((char *)a)[i] = 1; return NULL; }
static void *t2(void *p) { (void)p; for (int i = 2; i < 4; i++) a[i] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
