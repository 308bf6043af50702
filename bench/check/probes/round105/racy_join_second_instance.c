/* TRUTH: racy — main starts first twice (h1, then h3); second joins only h1, so its write of r races with the h3 instance of first reading r */
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
    pthread_t h2, h3;
    pthread_create(&h1, NULL, first, NULL);
    pthread_create(&h2, NULL, second, NULL);
    pthread_create(&h3, NULL, first, NULL);
    pthread_join(h2, NULL);
    pthread_join(h3, NULL);
    return 0;
}
