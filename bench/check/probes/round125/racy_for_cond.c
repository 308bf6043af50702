/* TRUTH: racy — probe() returns 0 after starting w (nondet 0), so the for body runs and writes x before the join */
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
    for (; probe() == 0;) {
        x = 2;
        pthread_join(t, NULL);
        break;
    }
    return 0;
}
