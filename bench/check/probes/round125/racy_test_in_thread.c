/* TRUTH: racy — in boss, probe() starts w and then may fail (nondet 1) returning -1; boss's -1 branch writes x while w runs */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t, b;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    pthread_create(&t, NULL, w, NULL);
    if (__VERIFIER_nondet_int())
        return -1;
    return 0;
}
static void *boss(void *a)
{
    (void)a;
    if (probe() != 0)
        x = 2;
    pthread_join(t, NULL);
    return NULL;
}
int main(void)
{
    pthread_create(&b, NULL, boss, NULL);
    pthread_join(b, NULL);
    return 0;
}
