/* TRUTH: racy — the inner ret (shadowing the outer one) holds probe()'s 0 after w started; the outer ret is still -1 and its != 0 branch writes x while w runs */
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
    int ret = -1, started = 0;
    {
        int ret = probe();
        started = ret == 0;
    }
    if (ret != 0)
        x = 2;
    if (started)
        pthread_join(t, NULL);
    return 0;
}
