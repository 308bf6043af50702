/* TRUTH: free — t1 writes ((int *)m)[0..7], i.e. row m[0]; t2 writes row m[1][0..7]: disjoint memory. */
#include <pthread.h>
static int m[4][8];
static void *t1(void *p) { (void)p; for (int i = 0; i < 8; i++) ((int *)m)[i] = 1; return NULL; }
static void *t2(void *p) { (void)p; for (int i = 0; i < 8; i++) m[1][i] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return m[0][0];
}
