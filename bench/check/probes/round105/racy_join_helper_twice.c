/* TRUTH: racy — spawn() is called twice, starting first twice; second joins only h1 and writes r while the other instance (h0) may read r */
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
static void spawn(pthread_t *h) { pthread_create(h, NULL, first, NULL); }
int main(void) {
    pthread_t h0, h2;
    spawn(&h0);
    spawn(&h1);
    pthread_create(&h2, NULL, second, NULL);
    pthread_join(h2, NULL);
    pthread_join(h0, NULL);
    return 0;
}
