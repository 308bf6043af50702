/* TRUTH: racy — PROBE_OK() is probe() == 0; on 0 probe started w and the branch writes x before joining */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
#define PROBE_OK() (probe() == 0)
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
    if (PROBE_OK()) {
        x = 2;
        pthread_join(t, NULL);
    }
    return 0;
}
