/* TRUTH: racy — start() starts w and returns 0, then probe's later step fails (nondet 0,1) and returns -2 with w running; main's < 0 branch writes x */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x, started;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int start(void)
{
    if (__VERIFIER_nondet_int())
        return -1;
    pthread_create(&t, NULL, w, NULL);
    started = 1;
    return 0;
}
static int probe(void)
{
    if (start() != 0)
        return -1;
    if (__VERIFIER_nondet_int())
        return -2;
    return 0;
}
int main(void)
{
    if (probe() < 0)
        x = 2;
    if (started)
        pthread_join(t, NULL);
    return 0;
}
