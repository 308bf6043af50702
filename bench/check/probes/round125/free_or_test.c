/* TRUTH: free — the body runs when probe() failed (nothing started) or nondet is true; when probe() returned 0 the body joins w before x = 2 only if started */
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
    if (probe() != 0 || __VERIFIER_nondet_int()) {
        return 1;
    }
    pthread_join(t, NULL);
    x = 2;
    return 0;
}
