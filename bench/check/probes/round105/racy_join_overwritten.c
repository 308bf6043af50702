/* TRUTH: racy — main overwrites h1 with a thread of other before starting second; second joins other, not first, and writes r while first may read it */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);


static pthread_t h1;
static int r;
static void *first(void *a) { (void)a; int v = r; (void)v; return NULL; }
static void *other(void *a) { (void)a; return NULL; }
static void *second(void *a) {
    (void)a;
    pthread_join(h1, NULL);
    r = 1;
    return NULL;
}
int main(void) {
    pthread_t h0, h2;
    pthread_create(&h1, NULL, first, NULL);
    h0 = h1;
    pthread_create(&h1, NULL, other, NULL);
    pthread_create(&h2, NULL, second, NULL);
    pthread_join(h2, NULL);
    pthread_join(h0, NULL);
    return 0;
}
