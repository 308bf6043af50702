/* TRUTH: free — main joins t1 before creating t2; both write a[0..7] but t1's writes happen-before t2's. */
#include <pthread.h>
static int a[8];
static void *t1(void *p) { (void)p; for (int i = 0; i < 8; i++) a[i] = 1; return NULL; }
static void *t2(void *p) { (void)p; for (int i = 0; i < 8; i++) a[i] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_join(x, NULL);
    pthread_create(&y, NULL, t2, NULL); pthread_join(y, NULL);
    return a[0];
}
