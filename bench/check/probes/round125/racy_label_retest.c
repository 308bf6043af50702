/* TRUTH: racy — ret = probe() is 0 after w started; the goto sets ret = -1 and re-runs the test, whose != 0 branch writes x while w runs */
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
    int started = 0, ret;
    ret = probe();
again:
    if (ret != 0) {
        x = 2;
    } else if (!started) {
        started = 1;
        ret = -1;
        goto again;
    }
    if (started)
        pthread_join(t, NULL);
    return 0;
}
