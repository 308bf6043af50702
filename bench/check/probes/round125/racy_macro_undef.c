/* TRUTH: racy — after #undef, FAILED(r) is ((r) != 0); on 0 w runs and main writes x before joining */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
#define FAILED(r) ((r) == 0)
#undef FAILED
#define FAILED(r) ((r) != 0)
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
    if (FAILED(probe()))
        return 1;
    x = 2;
    pthread_join(t, NULL);
    return 0;
}
