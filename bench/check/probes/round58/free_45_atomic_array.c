/* TRUTH: free — a is an array of _Atomic int: every access is atomic, so no data race. */
#include <pthread.h>
#include <stdatomic.h>
static _Atomic int a[8];
static void *t1(void *p) { (void)p; for (int i = 0; i < 8; i++) a[i] = 1; return NULL; }
static void *t2(void *p) { (void)p; for (int i = 0; i < 8; i++) a[i] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
