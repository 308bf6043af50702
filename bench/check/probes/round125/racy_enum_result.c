/* TRUTH: racy — probe() returns PROBE_OK after starting w (nondet 0); the == PROBE_OK branch writes x before joining */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
enum res { PROBE_FAIL = -1, PROBE_OK = 0 };
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static enum res probe(void)
{
    if (__VERIFIER_nondet_int())
        return PROBE_FAIL;
    pthread_create(&t, NULL, w, NULL);
    return PROBE_OK;
}
int main(void)
{
    if (probe() == PROBE_OK) {
        x = 2;
        pthread_join(t, NULL);
    }
    return 0;
}
