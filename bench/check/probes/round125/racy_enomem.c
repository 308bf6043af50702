/* TRUTH: racy — probe() starts w and then fails with -ENOMEM (nondet 1); the == -ENOMEM branch writes x while w runs */
#include <pthread.h>
#include <stddef.h>
#include <errno.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    pthread_create(&t, NULL, w, NULL);
    if (__VERIFIER_nondet_int())
        return -ENOMEM;
    return 0;
}
int main(void)
{
    int err = probe();
    if (err == -ENOMEM)
        x = 2;
    pthread_join(t, NULL);
    return 0;
}
