/* TRUTH: racy — probe() returns -2 after starting w (nondet 2); -2 > -3 holds, so main writes x while w runs */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x, started;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    int k = __VERIFIER_nondet_int();
    if (k == 1)
        return -5;
    pthread_create(&t, NULL, w, NULL);
    started = 1;
    if (k == 2)
        return -2;
    return 0;
}
int main(void)
{
    if (probe() > -3)
        x = 2;
    if (started)
        pthread_join(t, NULL);
    return 0;
}
