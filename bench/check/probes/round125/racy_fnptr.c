/* TRUTH: racy — probe (called through a pointer) returns 0 after starting w (nondet 0); the == 0 branch writes x before joining */
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
static int (*volatile pp)(void) = probe;
int main(void)
{
    if (pp() == 0) {
        x = 2;
        pthread_join(t, NULL);
    }
    return 0;
}
