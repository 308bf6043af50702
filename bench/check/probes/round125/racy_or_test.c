/* TRUTH: racy — with nondet 0,1 probe() returns 0 having started w and the second operand is true, so x = 2 runs while w runs */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x, started;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    if (__VERIFIER_nondet_int())
        return -1;
    pthread_create(&t, NULL, w, NULL);
    started = 1;
    return 0;
}
int main(void)
{
    if (probe() != 0 || __VERIFIER_nondet_int())
        x = 2;
    if (started)
        pthread_join(t, NULL);
    return 0;
}
