/* TRUTH: free — every pass joins its w before going back, so the -1 return has no thread running and neither does main afterwards */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    int n = 0;
again:
    if (__VERIFIER_nondet_int())
        return -1;
    pthread_create(&t, NULL, w, NULL);
    pthread_join(t, NULL);
    if (++n < 2)
        goto again;
    return 0;
}
int main(void)
{
    if (probe() < 0)
        x = 2;
    else
        x = 3;
    return 0;
}
