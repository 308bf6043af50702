/* TRUTH: racy — with k == 1, case 1 starts w and falls through to case 0's return -1; main's -1 branch writes x while w runs */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x, started;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(int k)
{
    switch (k) {
    case 1:
        pthread_create(&t, NULL, w, NULL);
        started = 1;
        /* fall through */
    case 0:
        return -1;
    default:
        return 0;
    }
}
int main(void)
{
    if (probe(__VERIFIER_nondet_int()) != 0)
        x = 2;
    if (started)
        pthread_join(t, NULL);
    return 0;
}
