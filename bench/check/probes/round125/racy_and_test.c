/* TRUTH: racy — with nondet 0,1 probe() returns 0 having started w and the && is true, so x = 2 runs before the join */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    if (__VERIFIER_nondet_int())
        return -1;
    pthread_create(&t, NULL, w, NULL);
    return 0;
}
int main(void)
{
    if (probe() == 0 && __VERIFIER_nondet_int()) {
        x = 2;
        pthread_join(t, NULL);
    }
    return 0;
}
