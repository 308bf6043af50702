/* TRUTH: racy — second joins h1 only when the nondet value is nonzero; otherwise its write of r races with first reading r */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);


static pthread_t h1;
static int r;
static void *first(void *a) { (void)a; int v = r; (void)v; return NULL; }
static void *second(void *a) {
    (void)a;
    if (__VERIFIER_nondet_int())
        pthread_join(h1, NULL);
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
