/* TRUTH: racy — first starts grandchild which reads r; second joins first only, not grandchild, so its write of r races with the grandchild read */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);


static pthread_t h1, hg;
static int r;
static void *grand(void *a) { (void)a; int v = r; (void)v; return NULL; }
static void *first(void *a) { (void)a; pthread_create(&hg, NULL, grand, NULL); return NULL; }
static void *second(void *a) {
    (void)a;
    pthread_join(h1, NULL);
    r = 1;
    return NULL;
}
int main(void) {
    pthread_t h2;
    pthread_create(&h1, NULL, first, NULL);
    pthread_create(&h2, NULL, second, NULL);
    pthread_join(h2, NULL);
    pthread_join(hg, NULL);
    return 0;
}
