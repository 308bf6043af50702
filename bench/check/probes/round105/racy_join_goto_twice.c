/* TRUTH: racy — a backward goto starts first twice into h1; second joins h1 (the later instance) and writes r while the earlier instance may still read r */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);


static pthread_t h1;
static int r;
static void *first(void *a) { (void)a; int v = r; (void)v; return NULL; }
static void *second(void *a) {
    (void)a;
    pthread_join(h1, NULL);
    r = 1;
    return NULL;
}
int main(void) {
    pthread_t h0, h2;
    int n = 0;
again:
    if (n == 1) h0 = h1;
    pthread_create(&h1, NULL, first, NULL);
    if (++n < 2) goto again;
    pthread_create(&h2, NULL, second, NULL);
    pthread_join(h2, NULL);
    pthread_join(h0, NULL);
    return 0;
}
