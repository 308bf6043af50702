/* TRUTH: racy — probe() returns -1L after starting w and then failing (nondet 1); the r < 0 branch writes x while w runs */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static long probe(void)
{
    pthread_create(&t, NULL, w, NULL);
    if (__VERIFIER_nondet_int())
        return -1L;
    return 0L;
}
int main(void)
{
    long r = probe();
    if (r < 0)
        x = 2;
    pthread_join(t, NULL);
    return 0;
}
