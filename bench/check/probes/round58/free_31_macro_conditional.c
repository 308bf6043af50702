/* TRUTH: free — SET(k) writes a[k] only when k < 4 (a ?: inside the macro), so t1 writes a[0..3]; t2 writes a[4..7]. */
#include <pthread.h>
static int a[8];
#define SET(k) ((k) < 4 ? (a[k] = 1) : 0)
static void *t1(void *p) { (void)p; for (int i = 0; i < 8; i++) SET(i); return NULL; }
static void *t2(void *p) { (void)p; for (int j = 4; j < 8; j++) a[j] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
