/* TRUTH: racy — probe() starts w then may fail (nondet 1); ok is 0 then and the !ok branch writes x while w runs */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    pthread_create(&t, NULL, w, NULL);
    if (__VERIFIER_nondet_int())
        return -1;
    return 0;
}
int main(void)
{
    int ok = probe() == 0 ? 1 : 0;
    if (!ok)
        x = 2;
    pthread_join(t, NULL);
    return 0;
}
