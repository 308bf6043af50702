/* TRUTH: free — probe's later failure joins w before returning -2, start's failure started nothing, and the 0 path is joined by main before x = 3 */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int start(void)
{
    if (__VERIFIER_nondet_int())
        return -1;
    pthread_create(&t, NULL, w, NULL);
    return 0;
}
static int probe(void)
{
    if (start() != 0)
        return -1;
    if (__VERIFIER_nondet_int()) {
        pthread_join(t, NULL);
        return -2;
    }
    return 0;
}
int main(void)
{
    if (probe() < 0) {
        x = 2;
    } else {
        pthread_join(t, NULL);
        x = 3;
    }
    return 0;
}
