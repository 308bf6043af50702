/* TRUTH: racy — probe() returns 256 after starting w; char ret = 256 is 0, so the ret == 0 branch writes x while w runs */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    if (__VERIFIER_nondet_int())
        return 1;
    pthread_create(&t, NULL, w, NULL);
    return 256;
}
int main(void)
{
    char ret = probe();
    if (ret == 0) {
        x = 2;
        pthread_join(t, NULL);
    }
    return 0;
}
