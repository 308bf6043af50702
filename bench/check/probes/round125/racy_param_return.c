/* TRUTH: racy — probe(r) starts w when r != 0 and returns r (not a literal); with nondet 1 main's != 0 branch writes x while w runs */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(int r)
{
    if (r != 0)
        pthread_create(&t, NULL, w, NULL);
    return r;
}
int main(void)
{
    if (probe(__VERIFIER_nondet_int()) != 0) {
        x = 2;
        pthread_join(t, NULL);
    }
    return 0;
}
