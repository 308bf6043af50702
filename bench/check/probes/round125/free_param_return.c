/* TRUTH: free — probe(r) starts w only when r == 0 and returns r, so the != 0 branch runs with nothing started; the 0 branch joins before x = 3 */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(int r)
{
    if (r == 0)
        pthread_create(&t, NULL, w, NULL);
    return r;
}
int main(void)
{
    if (probe(__VERIFIER_nondet_int()) != 0) {
        x = 2;
    } else {
        pthread_join(t, NULL);
        x = 3;
    }
    return 0;
}
