/* TRUTH: racy — pthread_tryjoin_np may find first still running and return at once; second then writes r while first reads it */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);


#define _GNU_SOURCE
static pthread_t h1;
static int r;
extern int pthread_tryjoin_np(pthread_t, void **);
static void *first(void *a) { (void)a; int v = r; (void)v; return NULL; }
static void *second(void *a) {
    (void)a;
    pthread_tryjoin_np(h1, NULL);
    r = 1;
    return NULL;
}
int main(void) {
    pthread_t h2;
    pthread_create(&h1, NULL, first, NULL);
    pthread_create(&h2, NULL, second, NULL);
    pthread_join(h2, NULL);
    return 0;
}
