/* TRUTH: racy — !probe() is true when probe() returned 0 having started w; that branch writes x before joining */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    if (__VERIFIER_nondet_int())
        return -5;
    pthread_create(&t, NULL, w, NULL);
    return 0;
}
int main(void)
{
    if (!probe()) {
        x = 2;
        pthread_join(t, NULL);
    }
    return 0;
}
