/* TRUTH: racy — the second probe(1) may return 0 having started w (nondet 0,0); that branch writes x before joining it */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t[2];
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(int i)
{
    if (__VERIFIER_nondet_int())
        return -1;
    pthread_create(&t[i], NULL, w, NULL);
    return 0;
}
int main(void)
{
    if (probe(0) == 0)
        pthread_join(t[0], NULL);
    if (probe(1) == 0) {
        x = 2;
        pthread_join(t[1], NULL);
    }
    return 0;
}
