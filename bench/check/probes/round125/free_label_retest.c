/* TRUTH: free — the goto path joins w before setting ret = -1 and re-testing, so x = 2 never runs while w runs; probe's -1 started nothing */
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
    int looped = 0, ret;
    ret = probe();
again:
    if (ret != 0) {
        x = 2;
    } else if (!looped) {
        looped = 1;
        pthread_join(t, NULL);
        ret = -1;
        goto again;
    }
    return 0;
}
