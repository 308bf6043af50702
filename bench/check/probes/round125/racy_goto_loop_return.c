/* TRUTH: racy — with nondet 0,1 the first pass starts w and the second (after goto again) returns -1 while w runs; main then writes x */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t[2];
static int x, nstarted;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    int n = 0;
again:
    if (__VERIFIER_nondet_int())
        return -1;
    pthread_create(&t[n], NULL, w, NULL);
    nstarted = ++n;
    if (n < 2)
        goto again;
    return 0;
}
int main(void)
{
    if (probe() < 0)
        x = 2;
    for (int j = 0; j < nstarted; j++)
        pthread_join(t[j], NULL);
    return 0;
}
